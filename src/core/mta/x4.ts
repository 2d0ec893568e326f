// X4: unnamed mail systems built on qmail that rewrote its wording ("failure notice",
// "Permanent Delivery Failure", or a "(qmail N invoked for bounce)" Received field):
//
//   Your mail message to the following address(es) could not be delivered. This
//   is a permanent error. ...
//
//   <kijitora@example.com>:
//   child status 100...The e-mail message could not be delivered because the user's mailfolder is full.
//
//   --- Below this line is a copy of the message.
//
// The paragraphs are qmail's; only the introduction differs, in one of several wordings.

import { findLine, headersOf, readQmailParagraphs, subjectMatches } from './common';
import type { MailSystem } from './types';

const RECEIVED = /^\(qmail\s+\d+\s+invoked\s+for\s+bounce\)/;
// The introductions these systems write instead of qmail's "Hi. This is the qmail-send program".
const INTRO =
  /^\s*(?:He\/Her is not \S.{0,200} user|Hi\. .{1,200} unable to deliver your message to the following addresses|Su mensaje no pudo ser entregado|This is the (?:machine generated message from mail service|mail delivery agent at)|Unable to deliver message to the following address|Unfortunately, your mail was not delivered to the following address:|Your (?:mail message to the following address|message to the following addresses)|We're sorry\.)/;
const COPY = /^\s*--- (?:Below this line is a copy of the message|Original message follows)\.?\s*$/;

export const x4: MailSystem = {
  name: 'X4',
  recognise(doc) {
    if (findLine(doc.lines, /^\s*Hi\. This is the qmail/) >= 0) return false; // qmail itself
    return (
      (subjectMatches(doc, /^(?:failure notice|Permanent Delivery Failure)/i) ||
        headersOf(doc, 'received').some((r) => RECEIVED.test(r.trim()))) &&
      findLine(doc.lines, INTRO) >= 0
    );
  },
  read(doc) {
    try {
      const lines = doc.lines;
      const start = findLine(lines, INTRO);
      if (start < 0) return [];
      return readQmailParagraphs(lines, start + 1, COPY);
    } catch {
      return [];
    }
  },
};
