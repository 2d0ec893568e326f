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

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, type Line, lineEnd } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const SUBJECT = /^DELIVERY[ _]FAILURE:/;
const TO = 'was not delivered to:';
const BECAUSE = 'because:';

// Domino's own wording for its directory lookups. The reference labels leave the Japanese
// versions of these notices unclassified, so only the Western-language wording is listed.
const STATED: [string, Reason][] = [
  ['not listed in Domino Directory', 'userunknown'],
  ['not listed in public Name & Address Book', 'userunknown'],
  ["non répertorié dans l'annuaire Domino", 'userunknown'],
  ['Cannot route mail to user', 'filtered'],
  ['Several matches found in Domino Directory', 'systemerror'],
];

export const domino: MailSystem = {
  name: 'HCL Domino',
  recognise(doc) {
    if (SUBJECT.test(doc.subject)) return true;
    const first = doc.lines.findIndex((l) => l.text === 'Your message');
    return first >= 0 && doc.lines.slice(first, first + 40).some((l) => l.text.trim() === TO);
  },
  read(doc) {
    try {
      return readNotice(doc);
    } catch {
      return [];
    }
  },
};

function readNotice(doc: Doc): Finding[] {
  const lines = doc.lines;
  const found: Finding[] = [];
  // Recipients listed since the last "was not delivered to:", waiting for their "because:".
  let waiting: Finding[] = [];
  let state: 'none' | 'to' | 'because' = 'none';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (t === TO) {
      state = 'to';
      waiting = [];
      continue;
    }
    if (t === BECAUSE) {
      state = 'because';
      continue;
    }
    if (!t) continue;
    if (state === 'to') {
      const recipient = t.length <= 320 && /^[^\s@]+@\S+$/.test(t) ? cleanAddress(t) : null;
      if (!recipient) continue;
      const f: Finding = { recipient, block: { start: line.start, end: lineEnd(line) } };
      waiting.push(f);
      if (found.length < MAX_RECIPIENTS) found.push(f);
    } else if (state === 'because') {
      const end = paragraphEnd(lines, i);
      const text = lines
        .slice(i, end + 1)
        .map((l) => l.text.trim())
        .join(' ');
      const start = line.start + line.text.length - line.text.trimStart().length;
      const stop = lines[end].start + lines[end].text.trimEnd().length;
      for (const f of waiting) {
        f.diagnostic = text;
        f.diagnosticRange = { start, end: stop };
        if (f.block) f.block.end = stop;
        const stated = STATED.find(([phrase]) => text.includes(phrase));
        if (stated) f.reason = stated[1];
      }
      state = 'none';
      i = end;
    }
  }
  return found;
}

/** The last line of the paragraph that starts at `i`. */
function paragraphEnd(lines: Line[], i: number): number {
  let j = i;
  while (j + 1 < lines.length && !isBlank(lines[j + 1]) && !/^\S+:/.test(lines[j + 1].text.trim())) j++;
  return j;
}
