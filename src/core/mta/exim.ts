// Exim (deliver.c, transports/smtp.c). A failure report reads:
//
//   This message was created automatically by mail delivery software.
//
//   A message that you sent could not be delivered to one or more of its
//   recipients. This is a permanent error. The following address(es) failed:
//
//     kijitora@example.jp
//       SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>:
//       host mx.example.jp [192.0.2.153]: 550 5.1.1 <kijitora@example.jp>... User Unknown
//
//   ------ This is a copy of the message, including all the headers. ------
//
// Each failed address sits on a line indented by two spaces; what happened follows on lines
// indented by four: the SMTP step ("after RCPT TO:", "after end of data:", "after initial
// connection:"), the host ("host mx [192.0.2.1]"), then the server's reply, or Exim's own
// words ("retry timeout exceeded", "Unrouteable address"). Delay warnings ("has not yet been
// delivered") put "Delay reason:" before the same text.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { findReply } from '../smtp/reply';
import { findStatus } from '../smtp/status';
import type { Line } from '../text/lines';
import type { Reason, SmtpCommand } from '../types';
import {
  commandWord,
  completeAddress,
  dsnFindings,
  EXIM_EXPIRED,
  eximOwnReason,
  failedRecipients,
  findLine,
  hasLine,
  headerOf,
  hostAndIp,
  type Joined,
  joinLines,
  lineSlice,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  reasonFromPhrases,
  runEnd,
  sliceOf,
  subjectMatches,
  unquoted,
  unwrapReply,
} from './common';
import type { MailSystem } from './types';

const SUBJECT =
  /(?:Mail delivery failed|Warning: message \S{1,80} delayed|Mail failure|Message frozen|error\(s\) in forwarding or filtering|Delivery Status Notification)/i;
const INTRO =
  /^\s*(?:This message was created automatically by (?:mail delivery software|the SMTP relay)|A message that you sent (?:could not be delivered|has not yet been delivered|contained one or more recipient addresses|was rejected by the local scanning code)|Message \S{1,80} (?:has been frozen|was frozen on arrival)|The \S{1,80} router encountered the following error\(s\):)/;
// Where the list of addresses begins: "The following address(es) failed:", "The address to
// which the message has not yet been delivered is:" and their kin.
const LIST_START =
  /(?:address\(es\) failed:|has not yet been delivered (?:is|are):|have yet to be delivered:|incorrectly constructed:|were (?:rejected|not delivered):)\s*$/i;
// "Message 1Abc-000def-Gh has been frozen by the system filter.": held, not retried.
const FROZEN = /^\s*Message \S{1,80} (?:has been frozen|was frozen on arrival)[^\n]{0,200}/;
const LIST_END =
  /^(?:-{3,} |No action is required on your part|Reporting-MTA:|Action:|Final-Recipient:|--\S)/;
const COPY =
  /^\s*-{3,}\s*This is a copy of (?:the|your) message(?:, including all the headers|'s headers)\.?\s*-{3,}\s*$/i;

// A failed address: "  kijitora@example.jp", "  sabineko@example.jp: forced freeze",
// "  mikeneko@example.jp <nekochan@example.org>: …", "  an undisclosed address", a local
// delivery ("  pipe to |/usr/bin/prog", "  save to /var/mail/x", "  /var/mail/x"), or a bare
// local part when the domain was lost ("  kijitora").
const ADDRESS_LINE =
  /^ {2}(?:\t)?([^\s<>"@]{1,256}@[^\s<>":]{1,256})(?:\s+<([^<>\s@]{1,256}@[^<>\s]{1,256})>)?:?(?:\s+(.*))?$/;
const LOCAL_LINE =
  /^ {2}(pipe to \|.*|save to \S.*|\/\S.*|an undisclosed address|[A-Za-z0-9._+=-]{1,64})\s*$/;
const GENERATED =
  /^\s+\(?(?:ultimately )?generated (?:from|by)\s+<?([^\s<>()@]{1,256}@[^\s<>()]{1,256})>?\)?\s*$/i;

const SMTP_STEP =
  /\b(?:SMTP|LMTP) error (?:from remote (?:mail server|mailer) )?after (?:pipelined )?(end of data|end of DATA|initial connection|RCPT TO|MAIL FROM|DATA|EHLO|HELO|STARTTLS|AUTH|BDAT|QUIT)\b[^:]{0,300}:?/i;
const REPLY = /(?:^|[\s:])([245]\d\d)[ -](?=\S)/g;
// Exim names a message by its queue id: "1Abc12-000dEf-Gh" (6-6-2 characters), and since
// Exim 4.97 "1Abc12-00000000dEf-Ghij" (6-11-4).
const EXIM_MESSAGE_ID = /^<\w{6}-(?:\w{6}|\w{11})-(?:\w{2}|\w{4})@/;

export const exim: MailSystem = {
  name: 'Exim',
  originalMarkers: [COPY],
  recognise(doc) {
    if (/[@.]mail\.ru>?\s*$/i.test(doc.from)) return false; // Mail.ru's own Exim layout
    const marks =
      (/^Mail Delivery System/i.test(doc.from) ? 1 : 0) +
      (subjectMatches(doc, SUBJECT) ? 1 : 0) +
      (EXIM_MESSAGE_ID.test(headerOf(doc, 'message-id').trim()) ? 1 : 0);
    return marks >= 2 || hasLine(doc, INTRO) || hasLine(doc, LIST_START);
  },
  read: neverThrows((doc, dsn) => {
    // Only Exim's own text makes the report Exim's; the subject and sender are shared.
    if (!hasLine(doc, INTRO) && !hasLine(doc, LIST_START)) return [];
    const found = readFailures(doc);
    if (found.length) return found;
    // A report without its list (a frozen message, a stripped paste): the header names them.
    const listed = failedRecipients(doc);
    if (listed.length) return listed.map((recipient) => ({ recipient }));
    return dsnFindings(dsn);
  }),
};

function readFailures(doc: Doc): Finding[] {
  const lines = unquoted(doc.lines);
  const intro = findLine(lines, INTRO);
  const list = findLine(lines, LIST_START, Math.max(0, intro));
  if (intro < 0 && list < 0) return [];
  const frozen = findLine(lines, FROZEN);
  const delayed =
    hasLine(doc, /has not yet been delivered|^\s*Delay reason:/) ||
    subjectMatches(doc, /^Warning: message \S{1,80} delayed/i);
  const out: Finding[] = [];
  for (let i = (list >= 0 ? list : intro) + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const t = lines[i].text;
    if (LIST_END.test(t)) break;
    const address = ADDRESS_LINE.exec(t);
    const head = address ?? LOCAL_LINE.exec(t);
    if (!head) continue;
    // The lines about this address: indented further, up to the next address or a blank line.
    const last = runEnd(lines, i, (next) => !/^\s{3,}\S/.test(next) || ADDRESS_LINE.test(next));
    // A lone word is a local part only when Exim says something about it.
    if (!address && last === i && !/^ {2}(?:pipe to|save to|\/)/.test(t)) continue;
    const finding = readAddress(doc, lines, i, last, head, !address, delayed);
    // A frozen message: Exim's note about it stands for the recipients it says nothing else of.
    if (frozen >= 0 && !finding.reason && !finding.command)
      finding.reason = reasonFromPhrases(lines[frozen].text, EXIM_EXPIRED);
    out.push(finding);
    i = last;
  }
  return out;
}

function readAddress(
  doc: Doc,
  lines: readonly Line[],
  first: number,
  last: number,
  head: RegExpExecArray,
  isLocal: boolean,
  delayed: boolean,
): Finding {
  let recipient: string | null = head[1];
  let alias: string | undefined;
  // "(generated from …)" and "generated by …" name the address this one came from.
  const detail: number[] = [];
  for (let i = first + 1; i <= last; i++) {
    const g = GENERATED.exec(lines[i].text);
    if (g) alias = g[1];
    else detail.push(i);
  }
  if (head[2]) recipient = head[2]; // "  a@b <c@d>: malformed address" — the bracketed one failed
  if (isLocal)
    recipient = alias ?? (/^[A-Za-z0-9._+=-]+$/.test(recipient) ? completeAddress(doc, recipient) : null);

  const finding: Finding = {
    recipient,
    alias: alias !== recipient ? alias : undefined,
    block: linesRange(lines, first, last),
    action: delayed ? 'delayed' : undefined,
  };
  if (isLocal && /^(?:pipe to|save to|\/)/.test(head[1])) finding.diagnosticType = 'X-Unix';

  // The detail lines joined, with any text after the address on its own line first.
  const restAt = head[3] ? head[0].length - head[3].length : -1;
  const body: Joined =
    restAt >= 0 && !detail.length
      ? joinLines(lines, first, first, restAt)
      : joinDetail(lines, detail, restAt >= 0 ? { line: first, column: restAt } : null);
  if (!body.text) {
    if (isLocal && recipient) {
      // Nothing more than the delivery itself ("pipe to |/usr/bin/prog") is said about it.
      const at = lines[first].text.indexOf(head[1]);
      const own = lineSlice(lines[first], at, at + head[1].length);
      finding.diagnostic = own.text;
      finding.diagnosticRange = own.range;
    }
    return finding;
  }
  Object.assign(finding, hostAndIp(body.text) ?? {});

  const step = SMTP_STEP.exec(body.text);
  finding.command = commandWord(step?.[1]);
  if (step) finding.diagnosticType = 'SMTP';
  const after = step ? step.index + step[0].length : 0;
  REPLY.lastIndex = after;
  const reply = REPLY.exec(body.text);
  let start = 0;
  if (reply) {
    start = reply.index + reply[0].length - reply[1].length - 1;
  } else {
    const host = /\bhost\s+\S{1,255}\s+\[[^\]]{1,60}\]:\s*/.exec(body.text);
    if (host) start = host.index + host[0].length;
    else if (step) start = after;
  }
  let diagnostic = sliceOf(body, start);
  if (!diagnostic.text) diagnostic = sliceOf(body, 0);
  const delay = /^Delay reason:\s*/i.exec(diagnostic.text);
  if (delay) diagnostic = sliceOf(body, body.text.indexOf(diagnostic.text) + delay[0].length);
  finding.diagnostic = unwrapReply(diagnostic.text);
  finding.diagnosticRange = diagnostic.range;
  finding.reason = reasonOf(finding.command ?? null, body.text);
  // Exim gave up after temporary failures ("retry timeout exceeded"): the queue expired, which
  // a delivery-status part writes as 4.4.7 (as Sendmail does in the same case).
  if (finding.reason === 'expired' && !findReply(body.text) && !findStatus(body.text))
    finding.status = '4.4.7';
  return finding;
}

/** Detail lines (not necessarily adjacent, alias lines left out) joined into one text. */
function joinDetail(
  lines: readonly Line[],
  detail: number[],
  lead: { line: number; column: number } | null,
): Joined {
  const parts: Joined[] = [];
  if (lead) parts.push(joinLines(lines, lead.line, lead.line, lead.column));
  for (const i of detail) parts.push(joinLines(lines, i, i));
  const joined: Joined = { text: '', pieces: [] };
  for (const p of parts) {
    if (!p.text) continue;
    if (joined.text) joined.text += ' ';
    const base = joined.text.length;
    joined.pieces.push(...p.pieces.map((x) => ({ ...x, at: x.at + base })));
    joined.text += p.text;
  }
  return joined;
}

/** The category Exim states itself: refused at the greeting, or its own wording. */
function reasonOf(command: SmtpCommand | null, text: string): Reason | undefined {
  if (command === 'EHLO' || command === 'HELO') return 'blocked';
  if (command === 'MAIL') return undefined;
  return eximOwnReason(text, command);
}
