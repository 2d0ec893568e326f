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

import { findLine, lineFindings, lineRange, lineSlice, subjectMatches } from './common';
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
      return lineFindings(lines, start + 1, lines.length, (line) => {
        const m = LINE.exec(line.text.trim());
        if (!m) return null;
        const at = line.text.indexOf(`[${m[2]}]`) + 1;
        const error = lineSlice(line, at, at + m[2].length);
        return {
          recipient: m[1],
          diagnostic: error.text,
          diagnosticRange: error.range,
          block: lineRange(line),
        };
      });
    } catch {
      return [];
    }
  },
};
