// Lotus Notes (the older Notes SMTP MTA). Subject "Undeliverable message"; the reason comes
// first, the address it applies to on the next line, and the returned message after a marker:
//
//   ------- Failure Reasons  --------
//
//   User not listed in public Name & Address Book
//   kijitora@notes.example.jp
//
//   ------- Returned Message --------

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd, squeeze } from '../text/lines';
import {
  bareAddress,
  findLine,
  hasLine,
  linesText,
  MAX_RECIPIENTS,
  neverThrows,
  type PhraseTable,
  reasonFromPhrases,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const START = /^-{7}\s*Failure Reasons\s*-+\s*$/;
const RETURNED = /^-{7}\s*Returned Message\s*-+\s*$/;

// The categories Notes states in its own words. The reference labels leave the Japanese
// versions of these notices unclassified, so only the English wording is listed.
const STATED: PhraseTable = [
  ['userunknown', ['User not listed in public Name & Address Book']],
  ['networkerror', ['Message has exceeded maximum hop count']],
];

export const notes: MailSystem = {
  name: 'Lotus Notes',
  originalMarkers: [RETURNED],
  recognise(doc) {
    return doc.subject.startsWith('Undeliverable message') || hasLine(doc, START);
  },
  read: neverThrows(readReasons),
};

/** Each address under "Failure Reasons", with the reason written above it. */
function readReasons(doc: Doc): Finding[] {
  const lines = doc.lines;
  const begin = findLine(lines, START);
  if (begin < 0) return [];
  const found: Finding[] = [];
  // The reason lines read since the last address.
  let pending: Line[] = [];
  let last: Finding | null = null;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (RETURNED.test(t)) break;
    if (!t || t.startsWith('-')) continue;
    const recipient = bareAddress(t);
    if (!recipient) {
      pending.push(line);
      continue;
    }
    const f: Finding = { recipient, block: { start: (pending[0] ?? line).start, end: lineEnd(line) } };
    if (pending.length) {
      applyReason(f, pending);
    } else if (last?.diagnostic) {
      // Several addresses under one reason share it.
      f.diagnostic = last.diagnostic;
      f.diagnosticRange = last.diagnosticRange;
      f.reason = last.reason;
    }
    if (found.length < MAX_RECIPIENTS) found.push(f);
    last = f;
    pending = [];
  }
  if (found.length) return found;
  // No address under the reasons: the returned message's To: names the recipient.
  const to = cleanAddress(doc.original?.get('to')?.[0]);
  if (!to) return [];
  const f: Finding = { recipient: to };
  if (pending.length) applyReason(f, pending);
  return [f];
}

/** Gives the finding the reason written on `reasonLines` and the category it states. */
function applyReason(f: Finding, reasonLines: Line[]): void {
  const reason = linesText(reasonLines, 0, reasonLines.length - 1);
  // Notes pads its wording with runs of spaces ("User  not listed in …").
  const text = squeeze(reason.text);
  setDiagnostic(f, { text, range: reason.range });
  f.reason = reasonFromPhrases(text, STATED);
}
