// au (KDDI), the au one net / dion.ne.jp mail service (no-reply@….dion.ne.jp, Reply-To
// no-reply@app.auone-net.jp). A Japanese explanation, then:
//   Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
//        Could not be delivered to: <kijitora@example.dion.ne.jp>
//        As their mailbox is full.
// The indented sentence after the address is KDDI's own statement of the reason.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { lineSlice, MAX_RECIPIENTS, neverThrows, runEnd } from './common';
import type { MailSystem } from './types';

// The date that follows may come with or without its weekday ("Thu, 29 Apr 2013 …").
const SENT_ON =
  /^Your mail (?:sent on|attempted to be delivered on):? (?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4}/;
const DELIVERED_TO = /^\s+Could not be delivered to:\s*<([^>\s]+)>/;

const STATED: [RegExp, Reason][] = [
  [/As their mailbox is full|メールボックスが一杯/, 'mailboxfull'],
  [/Due to the following SMTP relay error/, 'norelaying'],
  [/As the remote domain doesn'?t exist/, 'hostunknown'],
];

export const kddi: MailSystem = {
  name: 'au (KDDI)',
  // The two English lines are in every report, raw or pasted; the sender (no-reply@….dion.ne.jp)
  // alone would also match KDDI's other notices.
  recognise(doc) {
    return doc.lines.some((l) => SENT_ON.test(l.text)) && doc.lines.some((l) => DELIVERED_TO.test(l.text));
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc): Finding[] {
  const lines = doc.lines;
  const filtered = header(doc.headers, 'x-spasign').trim().toUpperCase() === 'NG';
  const out: Finding[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const m = DELIVERED_TO.exec(lines[i].text);
    const recipient = m && cleanAddress(m[1]);
    if (!recipient) continue;
    const f: Finding = {
      recipient,
      action: 'failed',
      block: { start: lines[i].start, end: lineEnd(lines[i]) },
    };
    // The reason: the indented lines that follow, up to the next address or a blank line.
    const last = runEnd(lines, i, (next) => !/^\s+\S/.test(next) || DELIVERED_TO.test(next));
    if (last > i) {
      const start = lineSlice(lines[i + 1]).range.start;
      const end = lineEnd(lines[last]);
      f.diagnostic = squeeze(doc.text.slice(start, end));
      f.diagnosticRange = { start, end };
      f.block = { start: lines[i].start, end };
    }
    // X-SPASIGN: NG marks a message KDDI's spam filter refused.
    const stated = filtered ? 'filtered' : STATED.find(([re]) => re.test(f.diagnostic ?? ''))?.[1];
    if (stated) f.reason = stated;
    out.push(f);
    i = last;
  }
  // The Japanese explanation says the same when the English sentence is missing.
  if (!filtered && out.length) {
    const japanese = doc.lines.find((l) => /メールボックスが一杯/.test(l.text));
    for (const f of out) if (!f.reason && japanese) f.reason = 'mailboxfull';
  }
  return out;
}
