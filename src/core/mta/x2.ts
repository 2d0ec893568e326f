// X2: an unnamed legacy mail system (From: MAILER-DAEMON@…, Subject: "Delivery failure",
// "failure delivery", "failed delivery", "Permanent Delivery Failure"):
//
//   Message from example.co.jp.
//   Unable to deliver message to the following address(es).
//
//   <kijitora@example.co.jp>:
//   This user doesn't have a example.co.jp account (kijitora@example.co.jp) [-9]
//
//   --- Original message follows.
//
// qmail's layout: a "<recipient>:" line, then what happened.

import type { Finding } from '../finding';
import {
  angleHead,
  findLine,
  linesRange,
  neverThrows,
  paragraphs,
  readQmailDetail,
  subjectMatches,
} from './common';
import type { MailSystem } from './types';

const START = /^\s*Unable to deliver message to the following address/;
const ORIGINAL = /^\s*--- Original message follows\.\s*$/;
const QUEUE_TOO_LONG = 'this message has been in the queue too long';

export const x2: MailSystem = {
  name: 'X2',
  originalMarkers: [ORIGINAL],
  recognise(doc) {
    return (
      subjectMatches(doc, /^(?:Delivery failure|fail(?:ure|ed) delivery|Permanent Delivery Failure)/i) &&
      (/MAILER-DAEMON@/i.test(doc.from) || doc.pasted)
    );
  },
  read: neverThrows((doc) => {
    const lines = doc.lines;
    const start = findLine(lines, START);
    if (start < 0) return [];
    return paragraphs(lines, (t) => angleHead(t), start + 1, lines.length, {
      stop: (t) => ORIGINAL.test(t),
    }).map((p): Finding => {
      const detail = readQmailDetail(p.body);
      return {
        recipient: p.head.address,
        block: linesRange(lines, p.first, p.last),
        diagnostic: detail.diagnostic.text,
        diagnosticRange: detail.diagnostic.range,
        command: detail.command,
        remoteHost: detail.remoteHost,
        remoteIp: detail.remoteIp,
        // Only the queue timing out is X2's own statement; the rest is the text's to say.
        reason: p.body.text.includes(QUEUE_TOO_LONG) ? 'expired' : undefined,
      };
    });
  }),
};
