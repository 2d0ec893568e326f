// Postfix (bounce(5) templates). A failure notice reads:
//
//   This is the mail system at host mx.example.jp.
//   ...
//                      The mail system
//
//   <kijitora@example.org>: host mx.example.org[192.0.2.4] said: 550 5.1.1
//       <kijitora@example.org>: Recipient address rejected: User unknown (in reply
//       to RCPT TO command)
//
// followed by a delivery-status part. One paragraph per recipient; the server's reply sits
// between "said:" and "(in reply to … command)". Postfix also writes "connect to host[ip]:25:
// Connection timed out", "host … refused to talk to me: 554 …", "lost connection with … while
// sending RCPT TO", local-delivery messages, and "--- Delivery report unavailable ---" when its
// log is gone. Postmaster notices ("Postfix SMTP server: errors from …") carry a session
// transcript of "In:" and "Out:" lines instead.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { findReply } from '../smtp/reply';
import { findStatus } from '../smtp/status';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { SmtpCommand } from '../types';
import {
  angleHead,
  commandWord,
  dsnFindings,
  dsnFor,
  findLine,
  hasLine,
  hostAndIp,
  joinLines,
  joinReply,
  linesAfterReport,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  originalRecipients,
  type Paragraph,
  paragraphs,
  runEnd,
  sliceOf,
  subjectMatches,
  unquoted,
} from './common';
import type { MailSystem } from './types';

const SUBJECT =
  /^(?:Undelivered Mail Returned to Sender|Delayed Mail \(still being retried\)|Mail Delivery Status Report|Successful Mail Delivery Report|Postfix SMTP server: errors from )/i;
// "This is the mail system at host mx.example." and the older "This is the Postfix program at
// host …" (also "This is the <name> Postfix program at host …").
const INTRO =
  /^\s*This is the (?:mail system at host |Postfix program at host |\S{1,40} Postfix program at host )/;
// The signature centred above the recipients: "The mail system", "The Postfix program",
// "The <name> Postfix program", "The Postfix on <system> program".
const SIGNATURE =
  /^\s*The (?:mail system|Postfix program|\S{1,40} Postfix program|Postfix on [^\n]{1,80} program)\s*$/;
const SESSION_NOTICE = /^Postfix SMTP server: errors from /i;
const UNAVAILABLE = '--- Delivery report unavailable ---';
const WARNING_ONLY = 'THIS IS A WARNING ONLY';
const DELIVERED = /^\s*Your message was successfully delivered to the destination/;
const DSN_FIELD =
  /^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|X-Postfix-Queue-ID|Arrival-Date):/i;

// The parts of a recipient's text.
const SAID = /\bhost\s+(\S{1,300})\s+said:\s*/i;
const REFUSED = /\brefused to talk to me:\s*/i;
const IN_REPLY_TO = /\(in reply to ((?:end of )?[A-Za-z]{4,8}(?: (?:TO|FROM))?) command\)\s*$/i;
const WHILE =
  /\bwhile (?:sending|receiving|performing) (?:the )?(RCPT TO|MAIL FROM|end of data|message body|DATA|initial server greeting|EHLO|HELO|STARTTLS|AUTH|BDAT)/i;
const CONNECT = /^(?:delivery temporarily suspended:\s*)?connect to /i;

export const postfix: MailSystem = {
  name: 'Postfix',
  recognise(doc) {
    return subjectMatches(doc, SUBJECT) || hasLine(doc, INTRO) || hasLine(doc, SIGNATURE);
  },
  read: neverThrows((doc, dsn) => {
    if (subjectMatches(doc, SESSION_NOTICE) || hasLine(doc, /^\s*Transcript of session follows\.\s*$/)) {
      const session = readSessionNotice(doc.lines);
      if (session.length) return session;
    }
    const found = readNotice(unquoted(doc.lines), dsn);
    if (found.length) return found;
    if (hasLine(doc, UNAVAILABLE)) return reportUnavailable(doc);
    if (dsn.recipients.length) return dsnFindings(dsn);
    // A relay that wraps the Postfix notice it received: the notice is the returned part.
    const rest = linesAfterReport(doc, 200_000);
    if (findLine(rest, INTRO) >= 0 || findLine(rest, SIGNATURE) >= 0) return readNotice(rest, dsn);
    return [];
  }),
};

/** The recipient paragraphs after the signature (or the introduction). */
function readNotice(lines: readonly Line[], dsn: DsnReport): Finding[] {
  const signature = findLine(lines, SIGNATURE);
  const start = signature >= 0 ? signature + 1 : Math.max(0, findLine(lines, INTRO));
  const action =
    findLine(lines, WARNING_ONLY) >= 0
      ? 'delayed'
      : findLine(lines, DELIVERED) >= 0
        ? 'delivered'
        : undefined;
  const paras = paragraphs(lines, (t) => angleHead(t), start, lines.length, {
    stop: (t) => DSN_FIELD.test(t),
    headAfterBlank: true,
  });
  return paras.map((p) => readParagraph(p, lines, dsn, action));
}

function readParagraph(
  p: Paragraph,
  lines: readonly Line[],
  dsn: DsnReport,
  action: string | undefined,
): Finding {
  const body = p.body;
  let alias = p.head.alias;
  let from = 0;
  // "(expanded from" wrapped: its address and the closing "):" open the next line.
  const wrapped = /^<([^<>\s]{1,256})>\s*\)\s*:\s*/.exec(body.text);
  if (wrapped && !alias && /\(expanded from\s*$/i.test(lines[p.first].text)) {
    alias = wrapped[1];
    from = wrapped[0].length;
  }
  const text = body.text.slice(from);
  const finding: Finding = {
    recipient: p.head.address,
    alias,
    block: linesRange(lines, p.first, p.last),
    action,
    ...(hostAndIp(text) ?? {}),
  };

  let command: SmtpCommand | null = null;
  let replyAt = -1;
  let replyEnd = text.length;
  const inReply = IN_REPLY_TO.exec(text);
  if (inReply) {
    command = commandWord(inReply[1]);
    replyEnd = inReply.index;
  }
  const said = SAID.exec(text);
  const refused = REFUSED.exec(text);
  if (said) {
    replyAt = said.index + said[0].length;
    finding.diagnosticType = 'SMTP';
  } else if (refused) {
    replyAt = refused.index + refused[0].length;
    command ??= 'CONN';
    finding.diagnosticType = 'SMTP';
  }
  command ??= commandWord(WHILE.exec(text)?.[1]);
  if (!command && CONNECT.test(text)) command = 'CONN';
  finding.command = command;

  // The whole text when no server spoke; the server's reply alone when one did.
  const part = sliceOf(body, from + Math.max(0, replyAt), from + replyEnd);
  const whole = sliceOf(body, from);
  let diagnostic = replyAt >= 0 && part.text ? part : whole;
  if (replyAt >= 0 && part.text && !findReply(part.text) && findReply(whole.text)) diagnostic = whole;

  // The server's own codes: a refusal may follow a greeting line ("220-mx 421 4.2.1 …"), and
  // Postfix may file a refusal it will retry elsewhere under a 4.x.x of its own.
  if (replyAt >= 0 && diagnostic === part) Object.assign(finding, serverCodes(part.text));

  // The delivery-status part may say more than a terse line ("temporary failure" beside
  // "Diagnostic-Code: x-unix; … Disk quota exceeded"); then its text stands.
  const d = squeeze(dsnFor(dsn, p.head.address)?.diagnostic ?? '');
  const terse = !findReply(diagnostic.text) && !findStatus(diagnostic.text);
  if (!(terse && d.length > diagnostic.text.length && !d.includes(diagnostic.text))) {
    finding.diagnostic = diagnostic.text;
    finding.diagnosticRange = diagnostic.range;
  }
  return finding;
}

/** "--- Delivery report unavailable ---": the recipients are those of the returned message. */
function reportUnavailable(doc: Doc): Finding[] {
  const at = findLine(doc.lines, UNAVAILABLE);
  const block = linesRange(doc.lines, at, at);
  const recipients = originalRecipients(doc);
  if (!recipients.length) return [{ recipient: null, block }];
  return recipients.map((recipient) => ({ recipient, block }));
}

// A postmaster notice's transcript: " In:  RCPT TO:<a@b>", " Out: 550 5.1.1 …"; a long
// command wraps onto lines indented further.
const SESSION_LINE = /^\s*(In|Out):\s+(.*)$/;

interface SessionError {
  command: SmtpCommand | null;
  text: string;
  first: number;
  last: number;
  recipient: string | null;
}

/** The failed replies of an SMTP session Postfix reports to the postmaster. */
function readSessionNotice(lines: readonly Line[]): Finding[] {
  const recipients: string[] = [];
  const errors: SessionError[] = [];
  let command: SmtpCommand | null = null;
  let rcpt: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = SESSION_LINE.exec(lines[i].text);
    if (!m) continue;
    if (m[1] === 'In') {
      // Join the wrapped parts of a long command ("MAIL\n     FROM:<…>").
      const last = runEnd(lines, i, (next) => !/^\s{3,}\S/.test(next) || SESSION_LINE.test(next));
      const sent = joinLines(lines, i, last).text.replace(/^In:\s+/, '');
      command = commandWord(/^(MAIL\s+FROM|RCPT\s+TO|[A-Za-z]{4,8})/i.exec(sent)?.[1]);
      rcpt = null;
      if (command === 'RCPT') {
        rcpt = /<([^<>\s@]{1,256}@[^<>\s]{1,256})>/.exec(sent)?.[1] ?? null;
        if (rcpt && recipients.length < MAX_RECIPIENTS) recipients.push(rcpt);
      }
      i = last;
      continue;
    }
    const code = /^([45]\d\d)[ -]/.exec(m[2]);
    if (!code) continue;
    const texts = [m[2]];
    let last = i;
    while (/^[45]\d\d-/.test(texts[texts.length - 1]) && last + 1 < lines.length) {
      const next = SESSION_LINE.exec(lines[last + 1].text);
      if (next?.[1] !== 'Out') break;
      texts.push(next[2]);
      last++;
    }
    errors.push({ command, text: joinReply(texts), first: i, last, recipient: rcpt });
    i = last;
  }
  if (!errors.length) return [];
  const general = errors.find((e) => e.command !== 'RCPT') ?? errors[0];
  // Each recipient's own refusal: the first error while its RCPT TO was the last command.
  const own = new Map<string | null, SessionError>();
  for (const e of errors) if (!own.has(e.recipient)) own.set(e.recipient, e);
  const list = recipients.length ? recipients : [null];
  return list.map((recipient) => {
    const e = own.get(recipient) ?? general;
    const start = lines[e.first].start + lines[e.first].text.indexOf(e.text.slice(0, 3));
    return {
      recipient,
      command: e.command,
      diagnostic: e.text,
      diagnosticType: 'SMTP',
      diagnosticRange: { start, end: lineEnd(lines[e.last]) },
      block: linesRange(lines, e.first, e.last),
    };
  });
}

/** The first failure reply code in a server's reply, and its status when the classes agree. */
function serverCodes(text: string): { replyCode?: string; status?: string } {
  const m = /(?:^|\s)([45][0-5]\d)[ -](?:#?([45]\.\d{1,3}\.\d{1,3})(?=\s|$))?/.exec(text);
  if (!m) return {};
  return { replyCode: m[1], status: m[2] && m[2][0] === m[1][0] ? m[2] : undefined };
}
