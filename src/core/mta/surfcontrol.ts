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
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd } from '../text/lines';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const START = 'Your message could not be sent.';
const ADDRESSED = /^Addressed To:\s*([^\s@]+@\S+)\s*$/;
const ATTEMPT = /^([^\s@:]+@[^\s:]+):\s*\[([0-9A-Fa-f.:]+)\],\s*(.+)$/;

export const surfcontrol: MailSystem = {
  name: 'SurfControl',
  recognise(doc) {
    if (header(doc.headers, 'x-mailer') === 'SurfControl E-mail Filter') return true;
    const begin = doc.lines.findIndex((l) => l.text.trim() === START);
    return begin >= 0 && doc.lines.slice(begin, begin + 10).some((l) => ADDRESSED.test(l.text));
  },
  read(doc) {
    try {
      return readAttempts(doc.lines);
    } catch {
      return [];
    }
  },
};

function readAttempts(lines: Line[]): Finding[] {
  const begin = lines.findIndex((l) => l.text.trim() === START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  let current: Finding | null = null;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.startsWith('--- Message non-deliverable')) {
      if (current?.block) current.block.end = lineEnd(line);
      continue;
    }
    const addressed = ADDRESSED.exec(line.text);
    const recipient = addressed && cleanAddress(addressed[1]);
    if (recipient) {
      current = { recipient, block: { start: line.start, end: lineEnd(line) } };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      continue;
    }
    const attempt = ATTEMPT.exec(line.text);
    if (attempt && current?.block) {
      // Each attempt overwrites the last: the final one is why the message was given up.
      const start = lineEnd(line) - attempt[3].length;
      current.remoteIp = attempt[2];
      current.diagnostic = attempt[3].trim();
      current.diagnosticRange = { start, end: start + attempt[3].trimEnd().length };
      current.block.end = lineEnd(line);
    }
  }
  return found;
}
