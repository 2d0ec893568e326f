// Gmail's older notices (until about 2016), from mailer-daemon@googlemail.com: subject
// "Delivery Status Notification (Failure)" or "(Delay)", the recipients indented under
// "Delivery to the following recipient failed permanently:" (or "has been delayed:"), then
// "Technical details of permanent failure:" with Google's explanation and, after "The error
// that the other server returned was:", the remote reply — often with the reply code twice
// and Gmail's SMTP client state at the end: "550 550 5.1.1 … User Unknown (state 14).".
// The newer layout ("** Address not found **") is google-workspace.ts.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { findStatus } from '../smtp/status';
import { isBlank, type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason, SmtpCommand } from '../types';
import { lineSlice, MAX_RECIPIENTS, neverThrows, type PhraseTable, reasonFromPhrases } from './common';
import type { MailSystem } from './types';

const HEADLINE =
  /^\s*Delivery to the following recipients? (?:failed permanently|has been delayed|have been delayed|failed)\s*(?::\s*)?$/i;
const DETAILS = /^\s*Technical details of (permanent|temporary) failure\s*:/i;
const SERVER_SAID = 'The error that the other server returned was:';
const RECIPIENT = /^\s+([^\s@]{1,384}@\S{1,255})\s*$/;

// "(state 14)": the step Gmail's SMTP client had reached, and what a refusal there means.
const STATES: Readonly<Record<string, { command: SmtpCommand; reason: Reason }>> = {
  '6': { command: 'MAIL', reason: 'systemerror' },
  '8': { command: 'AUTH', reason: 'systemerror' },
  '9': { command: 'AUTH', reason: 'systemerror' },
  '12': { command: 'AUTH', reason: 'norelaying' },
  '13': { command: 'EHLO', reason: 'blocked' },
  '14': { command: 'RCPT', reason: 'userunknown' },
  '15': { command: 'DATA', reason: 'filtered' },
  '17': { command: 'DATA', reason: 'filtered' },
  '18': { command: 'DATA', reason: 'filtered' },
};

// Google's own explanations when no reply from another server is quoted.
const OWN_WORDING: PhraseTable = [
  ['hostunknown', ['DNS Error: Domain name not found', 'DNS Error: DNS server returned answer with no data']],
  [
    'expired',
    [
      'DNS Error: Could not contact DNS servers',
      'The recipient server did not accept our requests to connect',
      'Delivery to the following recipient has been delayed',
    ],
  ],
];

const MAX_LINE = 400;

function recognise(doc: Doc): boolean {
  return doc.lines.some((l) => l.text.length <= MAX_LINE && (HEADLINE.test(l.text) || DETAILS.test(l.text)));
}

function read(doc: Doc): Finding[] {
  const lines = doc.lines;
  const start = lines.findIndex((l) => l.text.length <= MAX_LINE && HEADLINE.test(l.text));
  if (start < 0) return [];
  const headline = lines[start];
  const recipients: Line[] = [];
  const sections: number[] = [];
  // Recipients are listed under a headline, before the details that follow it.
  let listing = true;
  for (let i = start + 1; i < lines.length && recipients.length < MAX_RECIPIENTS; i++) {
    const t = lines[i].text;
    if (t.length > MAX_LINE) continue;
    if (HEADLINE.test(t)) listing = true;
    else if (DETAILS.test(t)) {
      sections.push(i);
      listing = false;
    } else if (listing && RECIPIENT.test(t) && cleanAddress(t)) recipients.push(lines[i]);
  }
  return recipients.map((line) => {
    const f: Finding = {
      recipient: cleanAddress(line.text),
      block: { start: line.start, end: lineEnd(line) },
    };
    // One section of details serves every recipient listed above it.
    const section = sections.find((s) => lines[s].start > line.start) ?? sections[sections.length - 1];
    const temporary =
      /has been delayed|have been delayed/i.test(headline.text) ||
      (section !== undefined && /temporary/i.test(lines[section].text));
    f.action = temporary ? 'delayed' : 'failed';
    if (section === undefined) {
      const said = lineSlice(headline);
      f.diagnostic = squeeze(said.text);
      f.diagnosticRange = said.range;
    } else {
      readDetails(doc, section, f);
      f.block = { start: line.start, end: f.diagnosticRange?.end ?? lineEnd(line) };
    }
    interpret(f, headline.text);
    return f;
  });
}

/** The details under "Technical details of … failure:", up to the next blank line after text. */
function readDetails(doc: Doc, at: number, f: Finding): void {
  const lines = doc.lines;
  const heading = lines[at];
  let begin = heading.start + heading.text.indexOf(':') + 1;
  let end = lineEnd(heading);
  let seenText = heading.text.slice(heading.text.indexOf(':') + 1).trim() !== '';
  for (let i = at + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) {
      // "The error that the other server returned was:" may follow after one blank line.
      const next = lines[i + 1]?.text ?? '';
      if (seenText && !next.trimStart().startsWith(SERVER_SAID)) break;
      continue;
    }
    if (lines[i].text.length <= MAX_LINE && (RECIPIENT.test(lines[i].text) || DETAILS.test(lines[i].text)))
      break;
    end = lineEnd(lines[i]);
    seenText = true;
  }
  const section = doc.text.slice(begin, end);
  remoteFrom(section, f);
  // The remote reply, when quoted, is the diagnostic; otherwise Google's own explanation.
  const said = section.indexOf(SERVER_SAID);
  if (said >= 0) begin += said + SERVER_SAID.length;
  const text = doc.text.slice(begin, end);
  const lead = text.length - text.trimStart().length;
  f.diagnostic = squeeze(text);
  f.diagnosticRange = { start: begin + lead, end };
}

/** The server Google talked to: "by mx.example.jp. [192.0.2.1]", "[(0) host. [ip]:25: …]". */
export function remoteFrom(text: string, f: Finding): void {
  const m =
    /\bby ([A-Za-z0-9][A-Za-z0-9.-]{0,253}?)\.? \[([0-9A-Fa-f.:]{3,45})\]/.exec(text) ??
    /\[\(\d{1,3}\) ([A-Za-z0-9][A-Za-z0-9.-]{0,253}?)\.? \[([0-9A-Fa-f.:]{3,45})\]/.exec(text) ??
    /\[([A-Za-z0-9][A-Za-z0-9.-]{0,253}?)\.? (\d{1,3}(?:\.\d{1,3}){3}): /.exec(text);
  if (!m) return;
  if (!/^[\d.]+$/.test(m[1])) f.remoteHost = m[1].toLowerCase();
  f.remoteIp = m[2];
}

/** The state code and Google's own wording say what went wrong, unless a precise status does. */
function interpret(f: Finding, headline: string): void {
  const text = f.diagnostic ?? '';
  const state = /\(state (\d{1,2})\)/.exec(text);
  const known = state ? STATES[state[1]] : undefined;
  if (known) f.command = known.command;
  const precise = /^[45]\.[1-7]\.[1-9]\d{0,2}$/.test(findStatus(text)?.value ?? '');
  if (precise) return;
  if (known) {
    f.reason = known.reason;
    return;
  }
  const both = `${headline} ${text}`;
  f.reason = reasonFromPhrases(both, OWN_WORDING);
}

export const gmail: MailSystem = {
  name: 'Gmail',
  recognise,
  read: neverThrows(read),
};
