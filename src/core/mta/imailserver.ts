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
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { lineEnd } from '../text/lines';
import type { Reason, SmtpCommand } from '../types';
import { MAX_RECIPIENTS } from './common';
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
    if (header(doc.headers, 'x-mailer').startsWith('<SMTP32 v')) return true;
    // The marker line, when present, is where the report zone ends.
    const marker = doc.text.slice(doc.reportEnd, doc.reportEnd + 40);
    return (
      /^Undeliverable Mail\s*$/.test(doc.subject) &&
      (RETURNED.test(marker.split('\n')[0]) || doc.lines.some((l) => RETURNED.test(l.text)))
    );
  },
  read(doc) {
    try {
      return readLines(doc);
    } catch {
      return [];
    }
  },
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
      current = { recipient, block: { start: line.start, end: lineEnd(line) } };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      inExchange = false;
      // The whole line is IMail's message: "Unknown user: kijitora@example.com".
      if (listed) setDiagnostic(current, t, line.start + line.text.indexOf(t), lineEnd(line), false);
      continue;
    }
    if (!current?.block) continue;
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
    setDiagnostic(current, t, line.start + line.text.indexOf(t), lineEnd(line), !fresh);
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

/** Sets or extends (a reply running over several lines) the finding's diagnostic. */
function setDiagnostic(f: Finding, text: string, start: number, end: number, extend: boolean): void {
  const from = extend ? f.diagnosticRange?.start : undefined;
  f.diagnostic = extend && f.diagnostic ? `${f.diagnostic} ${text}` : text;
  f.diagnosticRange = { start: from ?? start, end };
  if (f.block) f.block.end = end;
}
