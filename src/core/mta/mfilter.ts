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

import { commandWord, findLine, hasLine, headerOf, lineFindings, lineRange, lineSlice } from './common';
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
      const out = lineFindings(lines, 0, server, (line) => {
        const m = ADDRESS.exec(line.text.trim());
        return m ? { recipient: m[1], block: lineRange(line) } : null;
      });
      const message = nextText(lines, server + 1, command < 0 ? lines.length : command);
      const step = command >= 0 ? nextText(lines, command + 1, lines.length) : -1;
      const said = message >= 0 ? lineSlice(lines[message]) : null;
      for (const f of out) {
        if (said) {
          f.diagnostic = said.text;
          f.diagnosticRange = said.range;
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
