// Courier MTA (courier/module.dsn). A notice reads:
//
//   This is a delivery status notification from mx.example.org,
//   running the Courier mail server, version 0.65.2.
//   ...
//                              UNDELIVERABLE MAIL
//   Your message to the following recipients cannot be delivered:
//
//   <kijitora@example.co.jp>:
//       mx.example.co.jp [192.0.2.95]:
//   >>> RCPT TO:<kijitora@example.co.jp>
//   <<< 550 5.1.1 <kijitora@example.co.jp>... User Unknown
//
// followed by a delivery-status part. Each recipient: the host, what Courier sent (">>>") and
// the reply ("<<<"), or Courier's own words ("No such domain.").

import type { Finding } from '../finding';
import { lineEnd } from '../text/lines';
import {
  angleHead,
  contextOf,
  findLine,
  hasLine,
  headerOf,
  hostAndIp,
  lineSlice,
  linesRange,
  linesText,
  neverThrows,
  type PhraseTable,
  paragraphs,
  readTranscript,
  reasonFromPhrases,
  subjectMatches,
  unquoted,
} from './common';
import type { MailSystem } from './types';

const INTRO = /running the Courier mail server, version/;
const SECTION = /^\s*(?:UNDELIVERABLE MAIL|DELAYS IN DELIVERING YOUR MESSAGE)\s*$/;
const SEPARATOR = /^-{20,}\s*$/;
const HOST_LINE = /^\s+\S{1,255} \[[0-9A-Fa-f.:]{3,45}\]:\s*$/;

// Courier's own words for a category (module.esmtp/esmtpclient.c).
const PHRASES: PhraseTable = [
  ['hostunknown', ['No such domain.']],
  ['systemerror', ["This domain's DNS violates RFC 1035."]],
  ['networkerror', ['DNS lookup failed.']],
];

export const courier: MailSystem = {
  name: 'Courier',
  recognise(doc) {
    return (
      doc.from.includes('Courier mail server at ') ||
      subjectMatches(doc, /^(?:NOTICE: mail delivery status\.|WARNING: delayed mail\.)/i) ||
      /^<courier\.[0-9A-F]+\./.test(headerOf(doc, 'message-id').trim()) ||
      hasLine(doc, INTRO)
    );
  },
  read: neverThrows((doc) => {
    const lines = unquoted(doc.lines);
    const section = findLine(lines, SECTION);
    if (section < 0) return [];
    const delayed = /DELAYS/.test(lines[section].text);
    return paragraphs(lines, (t) => angleHead(t), section + 1, lines.length, {
      stop: (t) => SEPARATOR.test(t),
    }).map((p) => {
      const finding: Finding = {
        recipient: p.head.address,
        block: linesRange(lines, p.first, p.last),
        action: delayed ? 'delayed' : undefined,
        ...(hostAndIp(p.body.text) ?? {}),
      };
      const steps = readTranscript(lines, p.first + 1, p.last + 1);
      const at = steps.findIndex((s) => s.kind === 'reply' && /^[45]/.test(s.code));
      const reply = steps[at];
      if (reply?.kind === 'reply') {
        const first = lines[reply.line];
        finding.diagnostic = reply.text;
        finding.diagnosticType = 'SMTP';
        // The reply starts after "<<<" and the blanks that follow it.
        finding.diagnosticRange = {
          start: lineSlice(first, first.text.indexOf('<<<') + 3).range.start,
          end: lineEnd(lines[reply.last]),
        };
        // The command it answered: the last one Courier sent before it.
        finding.command = contextOf(steps, at).command;
      } else {
        // Courier's own words: the lines after the host line.
        let from = p.first + 1;
        if (from <= p.last && HOST_LINE.test(lines[from].text)) from++;
        const text = linesText(lines, from, p.last);
        if (text.text) {
          finding.diagnostic = text.text;
          finding.diagnosticRange = text.range;
          finding.reason = reasonFromPhrases(text.text, PHRASES);
        }
      }
      return finding;
    });
  }),
};
