// Symantec MessageLabs (Symantec Email Security.cloud). Sent from MAILER-DAEMON@messagelabs.com
// with an X-Msg-Ref header and the subject "Mail Delivery Failure":
//
//   This is the mail delivery agent at messagelabs.com.
//   I was unable to deliver your message to the following addresses:
//
//   kijitora@example.org
//
//   Reason: 550 kijitora@example.org... No such user
//
// A multi-line reply continues on the lines after "Reason:". A delivery-status part follows.

import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const AGENT = /^This is the mail delivery agent at (?:messagelabs\.com|Symantec Email Security\.cloud)\./;
const START = 'I was unable to deliver your message to the following addresses:';

// The categories MessageLabs puts on replies it relays.
const STATED: [RegExp, Reason][] = [
  [/\b542 \S+ Rejected\b/, 'userunknown'],
  [/No such user/, 'userunknown'],
  [/Please turn on SMTP Authentication in your mail client/, 'securityerror'],
];

export const messagelabs: MailSystem = {
  name: 'Symantec MessageLabs',
  recognise(doc) {
    if (header(doc.headers, 'x-msg-ref') && doc.from.includes('messagelabs.com')) return true;
    return doc.lines.some((l) => AGENT.test(l.text) || l.text === START);
  },
  read(doc) {
    try {
      return readNotice(doc.lines);
    } catch {
      return [];
    }
  },
};

function readNotice(lines: Line[]): Finding[] {
  const begin = lines.findIndex((l) => l.text.trim() === START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  let waiting: Finding[] = [];
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) continue;
    if (t.startsWith('Reason:')) {
      let end = i;
      while (
        end + 1 < lines.length &&
        lines[end + 1].text.trim() &&
        !lines[end + 1].text.startsWith('The message ')
      )
        end++;
      const at = line.text.indexOf('Reason:') + 'Reason:'.length;
      const rest = line.text.slice(at);
      const start = line.start + at + rest.length - rest.trimStart().length;
      const text = [rest, ...lines.slice(i + 1, end + 1).map((l) => l.text)].map((x) => x.trim()).join(' ');
      const stop = lines[end].start + lines[end].text.trimEnd().length;
      const stated = STATED.find(([pattern]) => pattern.test(text));
      for (const f of waiting) {
        f.diagnostic = text;
        f.diagnosticRange = { start, end: stop };
        if (f.block) f.block.end = stop;
        if (stated) f.reason = stated[1];
      }
      waiting = [];
      i = end;
      continue;
    }
    if (t.startsWith('The message ')) break;
    const recipient = t.length <= 320 && /^[^\s@]+@\S+$/.test(t) ? cleanAddress(t) : null;
    if (!recipient) continue;
    const f: Finding = { recipient, block: { start: line.start, end: lineEnd(line) } };
    waiting.push(f);
    if (found.length < MAX_RECIPIENTS) found.push(f);
  }
  return found;
}
