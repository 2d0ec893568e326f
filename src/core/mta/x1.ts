// X1: an unnamed legacy mail system (From: "Mail Deliver System", Subject: "Returned Mail: …").
//
//   The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
//   from shironeko@example.jp
//
//   ---The following addresses had delivery errors---
//
//   kijitora@example.co.jp [User unknown]
//
// One line per recipient: the address, then the error in square brackets.

import type { Finding } from '../finding';
import { findLine, linesRange, MAX_RECIPIENTS, subjectMatches } from './common';
import type { MailSystem } from './types';

const START = /^The original message was received at /;
const LINE = /^([^\s@]{1,256}@[^\s@[\]]{1,256})\s+\[([^\]]{1,1000})\]\s*$/;

export const x1: MailSystem = {
  name: 'X1',
  recognise(doc) {
    return (
      subjectMatches(doc, /^Returned Mail: /) && (doc.from.startsWith('"Mail Deliver System" ') || doc.pasted)
    );
  },
  read(doc) {
    try {
      const lines = doc.lines;
      const start = findLine(lines, START);
      if (start < 0) return [];
      const out: Finding[] = [];
      for (let i = start + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
        const m = LINE.exec(lines[i].text.trim());
        if (!m) continue;
        const at = lines[i].start + lines[i].text.indexOf(`[${m[2]}]`) + 1;
        out.push({
          recipient: m[1],
          diagnostic: m[2].trim(),
          diagnosticRange: { start: at, end: at + m[2].length },
          block: linesRange(lines, i, i),
        });
      }
      return out;
    } catch {
      return [];
    }
  },
};
