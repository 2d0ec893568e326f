// HCL (formerly IBM/Lotus) Domino. Subject "DELIVERY FAILURE: <the reason>"; the text says
//
//   Your message
//
//     Subject: Test Bounce
//
//   was not delivered to:
//
//     kijitora@example.net
//
//   because:
//
//     User some.name (kijitora@example.net) not listed in Domino Directory
//
// often followed by a delivery-status part whose Diagnostic-Code has the type "X-Notes".

import type { Finding } from '../finding';
import type { Line } from '../text/lines';
import {
  bareAddress,
  findLine,
  lineRange,
  linesText,
  MAX_RECIPIENTS,
  neverThrows,
  type PhraseTable,
  reasonFromPhrases,
  runEnd,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const SUBJECT = /^DELIVERY[ _]FAILURE:/;
const YOUR_MESSAGE = /^Your message\s*$/;
const TO = /^\s*was not delivered to:\s*$/;
const BECAUSE = /^\s*because:\s*$/;
// A line that starts like a label ("Subject:", "because:") ends the reason above it.
const LABEL = /^\s*\S+:/;

// Domino's own wording for its directory lookups. The reference labels leave the Japanese
// versions of these notices unclassified, so only the Western-language wording is listed.
const STATED: PhraseTable = [
  [
    'userunknown',
    [
      'not listed in Domino Directory',
      'not listed in public Name & Address Book',
      "non répertorié dans l'annuaire Domino",
    ],
  ],
  ['filtered', ['Cannot route mail to user']],
  ['systemerror', ['Several matches found in Domino Directory']],
];

export const domino: MailSystem = {
  name: 'HCL Domino',
  recognise(doc) {
    if (SUBJECT.test(doc.subject)) return true;
    // Without the subject (a paste, a forward), the two lines that open every notice.
    const first = findLine(doc.lines, YOUR_MESSAGE);
    return first >= 0 && findLine(doc.lines, TO, first, first + 40) >= 0;
  },
  read: neverThrows((doc) => readNotice(doc.lines)),
};

/**
 * The recipients under each "was not delivered to:", with the reason under the "because:" that
 * follows them.
 */
function readNotice(lines: Line[]): Finding[] {
  const found: Finding[] = [];
  // Recipients listed since the last "was not delivered to:", waiting for their "because:".
  let waiting: Finding[] = [];
  let state: 'none' | 'to' | 'because' = 'none';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (TO.test(t)) {
      state = 'to';
      waiting = [];
    } else if (BECAUSE.test(t)) {
      state = 'because';
    } else if (t && state === 'to') {
      const recipient = bareAddress(t);
      if (!recipient || found.length >= MAX_RECIPIENTS) continue;
      const f: Finding = { recipient, block: lineRange(line) };
      waiting.push(f);
      found.push(f);
    } else if (t && state === 'because') {
      const end = runEnd(lines, i, (next) => LABEL.test(next));
      const reason = linesText(lines, i, end);
      const stated = reasonFromPhrases(reason.text, STATED);
      for (const f of waiting) {
        setDiagnostic(f, reason);
        if (stated) f.reason = stated;
      }
      state = 'none';
      i = end;
    }
  }
  return found;
}
