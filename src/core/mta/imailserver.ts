// Ipswitch IMail Server (X-Mailer: <SMTP32 vN.NN>, subject "Undeliverable Mail"). One line per
// recipient, the returned message after "Original message follows.":
//
//   Unknown user: kijitora@example.com
//
//   Original message follows.
//
// or, when a remote server refused it, "undeliverable to <address>" followed by the remote
// exchange: "Body of message generated response:", "Additional RCPT TO generated following
// response:" and the server's reply.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import type { Reason, SmtpCommand } from '../types';
import {
  hasMarkerLine,
  headerOf,
  lineRange,
  lineSlice,
  MAX_RECIPIENTS,
  neverThrows,
  setDiagnostic,
  type TextAt,
} from './common';
import type { MailSystem } from './types';

const RETURNED = /^Original message follows\.\s*$/;
const BODY_HEADING = 'Body of message generated response:';
// "Unknown user: kijitora@example.com" — IMail's wording (which may hold colons itself), a
// colon, the address.
const WITH_ADDRESS = /^(\S.{0,100}?):\s*<?([^\s<>@]+@[^\s<>]+)>?\s*$/;
const UNDELIVERABLE = /^undeliverable\s+to\s+<?([^\s<>@]+@[^\s<>]+)>?\s*$/i;

// The step each of IMail's transcript headings refers to.
const STEPS: [string, SmtpCommand][] = [
  ['SMTP connection failed,', 'CONN'],
  ['Unexpected connection response from server:', 'CONN'],
  ['Unexpected response to EHLO/HELO:', 'EHLO'],
  ['Server response to MAIL FROM:', 'MAIL'],
  ['Additional RCPT TO generated following response:', 'RCPT'],
  ['DATA command generated response:', 'DATA'],
];

// IMail's own wording for what it decided itself.
const STATED: [RegExp, Reason][] = [
  [/Unknown host/, 'hostunknown'],
  [/^(?:Unknown user|Invalid final delivery userid)/, 'userunknown'],
  [/^User mailbox exceeds allowed size/, 'mailboxfull'],
  [/^Requested action not taken: virus detected/, 'virusdetected'],
  [/^Delivery failed \d+ attempts/, 'expired'],
];

export const imailserver: MailSystem = {
  name: 'Ipswitch IMail Server',
  originalMarkers: [RETURNED],
  recognise(doc) {
    if (headerOf(doc, 'x-mailer').startsWith('<SMTP32 v')) return true;
    return /^Undeliverable Mail\s*$/.test(doc.subject) && hasMarkerLine(doc, RETURNED);
  },
  read: neverThrows(readLines),
};

function readLines(doc: Doc): Finding[] {
  const found: Finding[] = [];
  let current: Finding | null = null;
  // Inside the remote exchange that follows "Body of message generated response:", and whether
  // no line of its reply has been read yet.
  let inExchange = false;
  let fresh = false;
  for (const line of doc.lines) {
    const t = line.text.trim();
    if (RETURNED.test(t)) break;
    // An address line is short; long lines are only ever part of a reply.
    const undeliverable = t.length > 400 ? null : UNDELIVERABLE.exec(t);
    // The wording has a space in it, which keeps "From:" or "To:" lines of a paste out.
    const match = undeliverable || t.length > 400 ? null : WITH_ADDRESS.exec(t);
    const listed = match?.[1].includes(' ') ? match : null;
    const recipient = cleanAddress(undeliverable?.[1] ?? listed?.[2]);
    if (recipient) {
      current = { recipient, block: lineRange(line) };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      inExchange = false;
      // The whole line is IMail's message: "Unknown user: kijitora@example.com".
      if (listed) setDiagnostic(current, lineSlice(line));
      continue;
    }
    if (!current) continue;
    if (t.startsWith(BODY_HEADING)) {
      inExchange = true;
      fresh = true;
      continue;
    }
    if (!inExchange) continue;
    if (!t) {
      // A blank line ends the exchange once some of its reply has been read.
      if (!fresh) inExchange = false;
      continue;
    }
    // A heading names the step; on a line of its own it is not part of the reply.
    const step = STEPS.find(([phrase]) => t.startsWith(phrase));
    if (step) current.command = step[1];
    if (step && t === step[0]) continue;
    // The remote's reply replaces IMail's one-line summary; its later lines extend it.
    if (fresh) setDiagnostic(current, lineSlice(line));
    else extendDiagnostic(current, lineSlice(line));
    fresh = false;
  }
  for (const f of found) {
    const stated = STATED.find(([pattern]) => pattern.test(f.diagnostic ?? ''));
    if (stated) f.reason = stated[1];
    // "SMTP connection failed, [192.0.2.22]:25, Connection refused" names the server it tried.
    const server = f.command === 'CONN' ? /\[([0-9A-Fa-f.:]+)\]/.exec(f.diagnostic ?? '') : null;
    if (server) f.remoteIp = server[1];
  }
  return found;
}

/** Adds the next line of a reply that runs over several lines to the finding's diagnostic. */
function extendDiagnostic(f: Finding, more: TextAt): void {
  const start = f.diagnosticRange?.start ?? more.range.start;
  const text = f.diagnostic ? `${f.diagnostic} ${more.text}` : more.text;
  setDiagnostic(f, { text, range: { start, end: more.range.end } });
}
