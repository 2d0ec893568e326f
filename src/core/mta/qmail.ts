// qmail (qmail-send, qmail-remote). A failure notice ("failure notice") reads:
//
//   Hi. This is the qmail-send program at mx.example.jp.
//   I'm afraid I wasn't able to deliver your message to the following addresses.
//   This is a permanent error; I've given up. Sorry it didn't work out.
//
//   <kijitora@example.jp>:
//   192.0.2.153 does not like recipient.
//   Remote host said: 550 5.1.1 <kijitora@example.jp>... User Unknown
//   Giving up on 192.0.2.153.
//
//   --- Below this line is a copy of the message.
//
// One paragraph per recipient. qmail's own failures end with its status in "(#5.1.2)".

import { findLine, hasLine, headersOf, readQmailParagraphs, subjectMatches, unquoted } from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*Hi\. This is the qmail/;
const RECEIVED = /^\(qmail\s+\d+\s+invoked\s+(?:for\s+bounce|from\s+network)\)/;
const COPY = /^\s*--- (?:Below this line is|Below the next line is|Enclosed is) a copy of the message\.?\s*$/;

export const qmail: MailSystem = {
  name: 'qmail',
  originalMarkers: [COPY],
  recognise(doc) {
    return (
      subjectMatches(doc, /^failure notice\s*$/i) ||
      headersOf(doc, 'received').some((r) => RECEIVED.test(r.trim())) ||
      hasLine(doc, INTRO)
    );
  },
  read(doc) {
    try {
      const lines = unquoted(doc.lines);
      const start = Math.max(0, findLine(lines, INTRO));
      return readQmailParagraphs(lines, start, COPY);
    } catch {
      return [];
    }
  },
};
