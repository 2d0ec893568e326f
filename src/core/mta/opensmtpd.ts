// OpenSMTPD (smtpd/bounce.c). A notice reads:
//
//       Hi!
//
//       This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.
//
//       An error has occurred while attempting to deliver a message for
//       the following list of recipients:
//
//   kijitora@example.jp: 550 5.2.2 <kijitora@example.jp>... Mailbox Full
//
//       Below is a copy of the original message:
//
// One line per recipient, "address: error", where the error is the server's reply or
// OpenSMTPD's own words ("Envelope expired", "Domain does not exist"). The same layout serves
// delay warnings ("A message is delayed for more than …") and success notices.

import type { Finding } from '../finding';
import { type Line, lineEnd } from '../text/lines';
import {
  findLine,
  hasLine,
  MAX_RECIPIENTS,
  neverThrows,
  type PhraseTable,
  reasonFromPhrases,
  subjectMatches,
  unquoted,
} from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail\./;
const COPY = /^\s+Below is a copy of the original message:\s*$/;
const RECIPIENT = /^([^\s@]{1,256}@[^\s:]{1,256}):?\s+(\S.*)$/;
const DELAYED = /^\s+A message is delayed for more than /;
const DELIVERED = /^\s+Your message was successfully delivered to these recipients\./;
const RELAYED = /^\s+Your message was relayed to these recipients\./;

// OpenSMTPD's own words for a category (smtpd/queue.c, smtpd/mta.c).
const PHRASES: PhraseTable = [
  ['expired', ['Envelope expired']],
  ['hostunknown', ['Invalid domain name', 'Domain does not exist']],
  ['notaccept', ['Destination seem to reject all mails']],
  [
    'networkerror',
    [
      'Address family mismatch on destination MXs',
      'All routes to destination blocked',
      'bad DNS lookup error code',
      'Could not retrieve source address',
      'Loop detected',
      'Network error on destination MXs',
      'No MX found for domain',
      'No MX found for destination',
      'No valid route to remote MX',
      'No valid route to destination',
      'Temporary failure in MX lookup',
    ],
  ],
  ['securityerror', ['Could not retrieve credentials']],
];

export const opensmtpd: MailSystem = {
  name: 'OpenSMTPD',
  originalMarkers: [COPY],
  recognise(doc) {
    return (
      hasLine(doc, INTRO) ||
      (subjectMatches(doc, /^Delivery status notification/i) && /^Mailer Daemon </i.test(doc.from))
    );
  },
  read: neverThrows((doc) => {
    const lines = unquoted(doc.lines);
    const intro = findLine(lines, INTRO);
    if (intro < 0) return [];
    const action =
      findLine(lines, DELAYED, intro) >= 0
        ? 'delayed'
        : findLine(lines, DELIVERED, intro) >= 0
          ? 'delivered'
          : findLine(lines, RELAYED, intro) >= 0
            ? 'relayed'
            : undefined;
    const out: Finding[] = [];
    for (let i = intro + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
      if (COPY.test(lines[i].text)) break;
      const m = RECIPIENT.exec(lines[i].text);
      if (m) out.push(readLine(lines[i], m, action));
    }
    return out;
  }),
};

function readLine(line: Line, m: RegExpExecArray, action: string | undefined): Finding {
  const text = m[2].trim();
  const start = line.start + line.text.indexOf(m[2]);
  const reason = reasonFromPhrases(text, PHRASES);
  const finding: Finding = {
    recipient: m[1],
    diagnostic: text,
    diagnosticRange: { start, end: start + text.length },
    block: { start: line.start, end: lineEnd(line) },
    action,
    reason,
  };
  // "Envelope expired": the queue gave the message up, even in a notice worded as a delay. The
  // empty status keeps a delay's 4.x.x from the delivery-status part out, so the status is
  // inferred from the failure instead.
  if (reason === 'expired') {
    finding.action = 'failed';
    finding.status = '';
  }
  return finding;
}
