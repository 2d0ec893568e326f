// TransWARE Active!hunter (X-AHMAILID header, subject "FAILURE NOTICE : <original subject>").
// A Sendmail-like notice, but each address is written ">>> address <address>":
//
//     ----- The following addresses had permanent fatal errors -----
//
//   >>> kijitora@example.org <kijitora@example.org>
//
//     ----- Transcript of session follows -----
//   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import type { Line } from '../text/lines';
import {
  findLine,
  hasLine,
  headerOf,
  lineRange,
  lineSlice,
  MAX_RECIPIENTS,
  neverThrows,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const START = /^\s*-+\s*The following addresses had permanent fatal errors\s*-+\s*$/;
// ">>> address <address>" (Sendmail's own ">>> RCPT To:<…>" transcript lines do not match).
const ADDRESS = /^>>>\s+[^\s<>@]+@[^\s<>]+\s+<([^\s<>@]+@[^\s<>]+)>\s*$/;

export const activehunter: MailSystem = {
  name: 'ActiveHunter',
  recognise(doc) {
    if (headerOf(doc, 'x-ahmailid') !== '' || doc.subject.startsWith('FAILURE NOTICE :')) return true;
    return hasLine(doc, ADDRESS) && hasLine(doc, START);
  },
  read: neverThrows((doc) => readErrors(doc.lines)),
};

function readErrors(lines: Line[]): Finding[] {
  const begin = findLine(lines, START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    const m = ADDRESS.exec(line.text);
    const recipient = m && cleanAddress(m[1]);
    if (recipient) {
      if (found.length < MAX_RECIPIENTS) found.push({ recipient, block: lineRange(line) });
      continue;
    }
    // The first reply line of the transcript ("550 …") is the error, for every address above.
    if (!found.length || found[0].diagnostic || !/^[0-9A-Za-z]/.test(line.text)) continue;
    const error = lineSlice(line);
    for (const f of found) setDiagnostic(f, error);
  }
  return found;
}
