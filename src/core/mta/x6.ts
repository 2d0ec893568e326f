// X6: an unnamed mail system (Subject: "There was an error sending your mail"):
//
//   We had trouble delivering your message. Full details follow:
//   ...
//   1 error(s):
//
//   SMTP Server <smtpd.example.org> rejected recipient <kijitora@example.org> (Error following
//   RCPT command). It responded as follows: [550 5.1.1 User unknown]
//
// or "The following recipients returned permanent errors: a@b. Reason: SMTP Server
// <192.0.2.223> refused to accept your message (DATA), with the following error message:
// [554 5.4.6 Hop count exceeded - possible mail loop]". One line per error; the server's reply
// is the bracketed text at its end.

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { commandWord, findLine, lineFindings, lineRange, remoteOf, subjectMatches } from './common';
import type { MailSystem } from './types';

const START = /^\s*\d+\s*error\(s\):/;
const END = /^\s*The attachment contains the original mail headers/;
const RECIPIENT = /<([^<>\s@]{1,256}@[^<>\s@]{1,256})>|errors:\s*([^\s@]{1,256}@[^\s@]{1,256}?)\.?(?:\s|$)/;
const SERVER = /SMTP Server <([^<>\s]{1,255})>/;
const STEP = /\((?:Error following )?(HELO|EHLO|MAIL(?: FROM)?|RCPT(?: TO)?|DATA)(?: command)?\)/;
const REPLY = /\[([245]\d\d[ -][^\]]{1,1000})\]\s*$/;

export const x6: MailSystem = {
  name: 'X6',
  originalMarkers: [END],
  recognise(doc) {
    return subjectMatches(doc, /^There was an error sending your mail/);
  },
  read(doc) {
    try {
      const lines = doc.lines;
      const start = findLine(lines, START);
      if (start < 0) return [];
      const end = findLine(lines, END, start + 1);
      return lineFindings(lines, start + 1, end < 0 ? lines.length : end, (line) => {
        const t = line.text;
        if (t.length > 4000) return null;
        const m = RECIPIENT.exec(t);
        if (!m) return null;
        const finding: Finding = { recipient: cleanAddress(m[1] ?? m[2]), block: lineRange(line) };
        const reply = REPLY.exec(t);
        const text = reply ? reply[1] : t.trim();
        const at = reply ? t.lastIndexOf(reply[1]) : t.length - t.trimStart().length;
        finding.diagnostic = text;
        finding.diagnosticRange = { start: line.start + at, end: line.start + at + text.length };
        finding.command = commandWord(STEP.exec(t)?.[1]);
        const server = SERVER.exec(t);
        if (server) Object.assign(finding, remoteOf(server[1]));
        if (reply) finding.diagnosticType = 'SMTP';
        return finding;
      });
    } catch {
      return [];
    }
  },
};
