// Apache James (the Java mail server's bounce mailet). A notice reads:
//
//   Error: Invalid user address
//
//   Error message below:
//   550 - Requested action not taken: no such user here
//
//   Message details:
//     Subject: Test message
//     Sent date: Wed Jun 12 02:21:53 GMT 2013
//     MAIL FROM: kijitora@example.com
//     RCPT TO: 000000000000@vtext.example.com
//
// The error sits between "Error message below:" and "Message details:"; the recipients are
// the "RCPT TO:" lines of the details.

import type { Finding } from '../finding';
import {
  findLine,
  hasLine,
  headerOf,
  headersOf,
  joinLines,
  lineFindings,
  lineRange,
  sliceOf,
  subjectMatches,
} from './common';
import type { MailSystem } from './types';

const ERROR = /^\s*Error message below:\s*$/;
const DETAILS = /^\s*Message details:\s*$/;
const RCPT = /^\s+RCPT TO:\s*<?([^<>\s]{1,256}@[^<>\s]{1,256})>?\s*$/;

export const apacheJames: MailSystem = {
  name: 'Apache James',
  recognise(doc) {
    return (
      subjectMatches(doc, /^\[BOUNCE\]$/) ||
      headerOf(doc, 'message-id').includes('.JavaMail.') ||
      headersOf(doc, 'received').some((r) => r.includes('JAMES SMTP Server')) ||
      (hasLine(doc, ERROR) && hasLine(doc, DETAILS))
    );
  },
  read(doc) {
    try {
      const lines = doc.lines;
      const details = findLine(lines, DETAILS);
      if (details < 0) return [];
      const error = findLine(lines, ERROR);
      return lineFindings(lines, details + 1, lines.length, (line) => {
        const m = RCPT.exec(line.text);
        if (!m) return null;
        const finding: Finding = { recipient: m[1], block: lineRange(line) };
        if (error >= 0 && error + 1 < details) {
          const text = sliceOf(joinLines(lines, error + 1, details - 1), 0);
          if (text.text) {
            finding.diagnostic = text.text;
            finding.diagnosticRange = text.range;
          }
        }
        return finding;
      });
    } catch {
      return [];
    }
  },
};
