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
import type { Line } from '../text/lines';
import type { Reason } from '../types';
import {
  bareAddress,
  findLine,
  hasLine,
  headerOf,
  lineRange,
  linesText,
  MAX_RECIPIENTS,
  neverThrows,
  runEnd,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const AGENT = /^This is the mail delivery agent at (?:messagelabs\.com|Symantec Email Security\.cloud)\./;
const START = /^\s*I was unable to deliver your message to the following addresses:\s*$/;
// What follows the list: "The message was not delivered …", "The message has been returned …".
const AFTER_LIST = 'The message ';

// The categories MessageLabs puts on replies it relays.
const STATED: [RegExp, Reason][] = [
  [/\b542 \S+ Rejected\b/, 'userunknown'],
  [/No such user/, 'userunknown'],
  [/Please turn on SMTP Authentication in your mail client/, 'securityerror'],
];

export const messagelabs: MailSystem = {
  name: 'Symantec MessageLabs',
  recognise(doc) {
    if (headerOf(doc, 'x-msg-ref') && doc.from.includes('messagelabs.com')) return true;
    return hasLine(doc, AGENT) || hasLine(doc, START);
  },
  read: neverThrows((doc) => readNotice(doc.lines)),
};

/** The addresses under the heading, each group followed by the "Reason:" that applies to it. */
function readNotice(lines: Line[]): Finding[] {
  const begin = findLine(lines, START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  let waiting: Finding[] = [];
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (t.startsWith(AFTER_LIST)) break;
    const label = t.startsWith('Reason:') ? line.text.indexOf('Reason:') : -1;
    if (label >= 0) {
      // A multi-line reply goes on over the lines below, up to a blank line.
      const end = runEnd(lines, i, (next) => next.startsWith(AFTER_LIST));
      const reason = linesText(lines, i, end, label + 'Reason:'.length);
      const stated = STATED.find(([pattern]) => pattern.test(reason.text))?.[1];
      for (const f of waiting) {
        setDiagnostic(f, reason);
        if (stated) f.reason = stated;
      }
      waiting = [];
      i = end;
      continue;
    }
    const recipient = bareAddress(t);
    if (!recipient || found.length >= MAX_RECIPIENTS) continue;
    const f: Finding = { recipient, block: lineRange(line) };
    waiting.push(f);
    found.push(f);
  }
  return found;
}
