// SurfControl E-mail Filter (X-Mailer: SurfControl E-mail Filter, X-SEF-* headers). The text
// is a transcript of the attempts for each address:
//
//   Your message could not be sent.
//   A transcript of the attempts to send the message follows.
//   The number of attempts made: 1
//   Addressed To: kijitora@example.com
//
//   Thu 29 Apr 2010 23:34:45 +0900
//   Failed to send to identified host,
//   kijitora@example.com: [192.0.2.5], 550 kijitora@example.com... No such user
//   --- Message non-deliverable.

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import type { Line } from '../text/lines';
import {
  findLine,
  headerOf,
  lineRange,
  lineSlice,
  MAX_RECIPIENTS,
  neverThrows,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const START = /^\s*Your message could not be sent\.\s*$/;
const ADDRESSED = /^Addressed To:\s*([^\s@]+@\S+)\s*$/;
// "kijitora@example.com: [192.0.2.5], 550 kijitora@example.com... No such user"
const ATTEMPT = /^([^\s@:]+@[^\s:]+):\s*\[([0-9A-Fa-f.:]+)\],\s*(.+)$/;
const GIVEN_UP = '--- Message non-deliverable';

export const surfcontrol: MailSystem = {
  name: 'SurfControl',
  recognise(doc) {
    if (headerOf(doc, 'x-mailer') === 'SurfControl E-mail Filter') return true;
    const begin = findLine(doc.lines, START);
    return begin >= 0 && findLine(doc.lines, ADDRESSED, begin, begin + 10) >= 0;
  },
  read: neverThrows((doc) => readAttempts(doc.lines)),
};

/** Each "Addressed To:" recipient, with the reply to the last attempt listed under it. */
function readAttempts(lines: Line[]): Finding[] {
  const begin = findLine(lines, START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  let current: Finding | null = null;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.startsWith(GIVEN_UP)) {
      if (current?.block) current.block.end = lineRange(line).end;
      continue;
    }
    const addressed = ADDRESSED.exec(line.text);
    const recipient = addressed && cleanAddress(addressed[1]);
    if (recipient) {
      current = { recipient, block: lineRange(line) };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      continue;
    }
    const attempt = ATTEMPT.exec(line.text);
    if (attempt && current) {
      // Each attempt overwrites the last: the final one is why the message was given up.
      current.remoteIp = attempt[2];
      setDiagnostic(current, lineSlice(line, line.text.length - attempt[3].length));
    }
  }
  return found;
}
