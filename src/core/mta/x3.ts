// X3: an unnamed legacy mail system (From: "Mail Delivery System", Subject: "Delivery status
// notification"):
//
//         This is an automatically generated Delivery Status Notification.
//
//   Delivery to the following recipients failed permanently:
//
//      * kijitora@example.com
//
//   ===========================================================================
//                                Technical details:
//
//   SMTP:RCPT host 192.0.2.8: 553 5.3.0 <kijitora@example.com>... No such user here
//
// The recipients are the "* address" lines; the details follow them: the SMTP step and host
// with the reply, or "Routing: …". "… was aborted after 5.0 hour(s)" says the time ran out.

import type { Finding } from '../finding';
import { findReply } from '../smtp/reply';
import { findStatus } from '../smtp/status';
import type { Line } from '../text/lines';
import {
  commandWord,
  dsnFor,
  findLine,
  hasLine,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  remoteOf,
  subjectMatches,
} from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*This is an automatically generated Delivery Status Notification\.\s*$/;
const RECIPIENT = /^\s+\*\s+([^\s@]{1,256}@[^\s@]{1,256})\s*$/;
const ABORTED = /^\s*Del[ei]very to the following recipients was aborted after /;
// "SMTP:RCPT host 192.0.2.8: 553 …", "Routing: Could not find a gateway for …".
const SMTP = /^SMTP:([A-Za-z]{4}) host (\S{1,255}?):\s*(.*)$/;
const ROUTING = /^Routing:\s*(.*)$/;

export const x3: MailSystem = {
  name: 'X3',
  recognise(doc) {
    return (
      subjectMatches(doc, /^Delivery status notification/i) &&
      (/^Mail Delivery System/i.test(doc.from) || doc.pasted) &&
      hasLine(doc, INTRO)
    );
  },
  read: neverThrows((doc, dsn) => {
    const lines = doc.lines;
    const intro = findLine(lines, INTRO);
    if (intro < 0) return [];
    const aborted = findLine(lines, ABORTED, intro) >= 0;
    const out: Finding[] = [];
    for (let i = intro + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
      const m = RECIPIENT.exec(lines[i].text);
      if (m) out.push({ recipient: m[1], block: linesRange(lines, i, i) });
    }
    const details = readDetails(lines, intro + 1);
    const lower = details.map((d) => d.diagnostic?.toLowerCase() ?? '');
    for (const f of out) {
      // The details that name the recipient, else the last ones (they are about every recipient).
      const named = f.recipient ? lower.findIndex((text) => text.includes(f.recipient as string)) : -1;
      const own = details[named >= 0 ? named : details.length - 1];
      if (own) Object.assign(f, own);
      const text = f.diagnostic ?? dsnFor(dsn, f.recipient)?.diagnostic ?? '';
      if (aborted && !findReply(text) && !findStatus(text)) f.reason = 'expired';
    }
    return out;
  }),
};

function readDetails(lines: readonly Line[], from: number): Finding[] {
  const out: Finding[] = [];
  for (let i = from; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const t = lines[i].text.trim();
    const smtp = SMTP.exec(t);
    const routing = smtp ? null : ROUTING.exec(t);
    const text = smtp?.[3] ?? routing?.[1];
    if (!text) continue;
    const at = lines[i].start + lines[i].text.indexOf(text);
    out.push({
      diagnostic: text,
      diagnosticRange: { start: at, end: at + text.length },
      alsoIn: [linesRange(lines, i, i)],
      ...(smtp ? { command: commandWord(smtp[1]), diagnosticType: 'SMTP', ...remoteOf(smtp[2]) } : {}),
    });
  }
  return out;
}
