// m-FILTER (Digital Arts' mail filter). A notice ("failure notice", X-Mailer: m-FILTER) reads,
// in Japanese, that the message could not be sent, then:
//
//   kijitora@example.com
//
//   -------server message
//   550 5.1.1 <kijitora@example.com>: Recipient address rejected: User unknown
//
//   -------SMTP command
//   DATA
//
//   -------original message
//
// The recipients are the bare address lines before the server message.

import type { Finding } from '../finding';
import { lineEnd } from '../text/lines';
import { commandWord, findLine, hasLine, headerOf, linesRange, MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const SERVER = /^-{7}server message\s*$/;
const COMMAND = /^-{7}SMTP command\s*$/;
const ORIGINAL = /^-{7}original (?:message|mail info)\s*$/;
const ADDRESS = /^([^\s@]{1,256}@[^\s@]{1,256}\.[A-Za-z]{2,63})\s*$/;

export const mfilter: MailSystem = {
  name: 'm-FILTER',
  originalMarkers: [ORIGINAL],
  recognise(doc) {
    return (
      headerOf(doc, 'x-mailer') === 'm-FILTER' ||
      hasLine(doc, '「m-FILTER」') ||
      (hasLine(doc, SERVER) && hasLine(doc, COMMAND))
    );
  },
  read(doc) {
    try {
      const lines = doc.lines;
      const server = findLine(lines, SERVER);
      if (server < 0) return [];
      const command = findLine(lines, COMMAND, server);
      const out: Finding[] = [];
      for (let i = 0; i < server && out.length < MAX_RECIPIENTS; i++) {
        const m = ADDRESS.exec(lines[i].text.trim());
        if (m) out.push({ recipient: m[1], block: linesRange(lines, i, i) });
      }
      const message = nextText(lines, server + 1, command < 0 ? lines.length : command);
      const step = command >= 0 ? nextText(lines, command + 1, lines.length) : -1;
      for (const f of out) {
        if (message >= 0) {
          const line = lines[message];
          const lead = line.text.length - line.text.trimStart().length;
          f.diagnostic = line.text.trim();
          f.diagnosticRange = { start: line.start + lead, end: lineEnd(line) };
        }
        if (step >= 0)
          f.command = commandWord(/^[A-Z]{4}(?: (?:TO|FROM))?/.exec(lines[step].text.trim())?.[0]);
      }
      return out;
    } catch {
      return [];
    }
  },
};

/** The first non-blank line in [from, to) that is not a section marker. */
function nextText(lines: readonly { text: string }[], from: number, to: number): number {
  for (let i = from; i < to && i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (t && !t.startsWith('-------')) return i;
  }
  return -1;
}
