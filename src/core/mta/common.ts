// Shared pieces for the mail-system readers (mta/<name>.ts). Every reader works on the lines
// of the report zone and must hand back offsets into displayText, so the helpers here keep
// track of where each piece of text came from:
//   - joining wrapped lines into one text that still maps back to displayText,
//   - the "<recipient>: …" paragraphs many MTAs write (Postfix, qmail, Courier and their kin),
//   - a multi-line SMTP reply ("550-5.7.1 …" / "550 5.7.1 …") read as one reply,
//   - "host mx.example[192.0.2.1]" and its spellings, the SMTP step a phrase names,
//   - Sendmail-style session transcripts ("... while talking to", ">>> RCPT", "<<< 550"),
//   - recipients a report gives without a domain, on a line of their own, or only in the
//     returned message,
//   - findings built line by line, and their diagnostic text and range,
//   - a mail system's own reason wording, as a table of phrases (qmail's and Exim's among them),
//   - a guard that keeps a reader from throwing.
// Nothing here throws on odd input, and every pattern stays linear on hostile text.

import type { Doc, Range } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress, findAddresses } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { type Line, lineEnd, splitLines } from '../text/lines';
import type { Reason, SmtpCommand } from '../types';
import type { MailSystem } from './types';

/**
 * The most recipients a reader reports from one message. Real reports list a handful; a text
 * listing more is either hostile or a log, and classifying each would only cost time.
 */
export const MAX_RECIPIENTS = 1000;

// ---------------------------------------------------------------------------------------------
// The reader itself

/**
 * A reader's `read` made safe: on input its layout did not foresee (a cut-off paste, hostile
 * text) it gives no findings instead of throwing and failing the whole analysis.
 */
export function neverThrows(read: MailSystem['read']): MailSystem['read'] {
  return (doc, dsn) => {
    try {
      return read(doc, dsn);
    } catch {
      return [];
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Recognising a report

/** True when any line of the report zone satisfies `test` (a prefix, a phrase or a pattern). */
export function hasLine(doc: Doc, test: string | RegExp, where: 'starts' | 'includes' = 'includes'): boolean {
  return findLine(doc.lines, test, 0, doc.lines.length, where) >= 0;
}

/**
 * Index of the first line in lines[from, to) that satisfies `test`, compared after trimming
 * leading white space for 'starts'; -1 when none does.
 */
export function findLine(
  lines: readonly Line[],
  test: string | RegExp,
  from = 0,
  to = lines.length,
  where: 'starts' | 'includes' = 'includes',
): number {
  for (let i = Math.max(0, from); i < to && i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > 2000) continue; // no marker line is this long
    if (typeof test === 'string') {
      if (where === 'starts' ? t.trimStart().startsWith(test) : t.includes(test)) return i;
    } else if (test.test(t)) {
      return i;
    }
  }
  return -1;
}

/**
 * Whether the report's subject matches: the Subject field, or for a paste also its first line
 * (a mail client shows the subject on top; a "Subject:" line further down may belong to the
 * returned message).
 */
export function subjectMatches(doc: Doc, test: RegExp): boolean {
  if (test.test(doc.subject)) return true;
  if (!doc.pasted) return false;
  const first = doc.lines.find((l) => l.text.trim());
  return first !== undefined && first.text.length < 300 && test.test(first.text.trim());
}

/** The first value of a header field of the bounce itself (empty for a paste). */
export const headerOf = (doc: Doc, name: string): string => header(doc.headers, name);

/** Every value of a header field of the bounce itself (Received has many). */
export const headersOf = (doc: Doc, name: string): string[] => doc.headers.get(name) ?? [];

/**
 * Whether `marker` is a line of the report: in the report zone, or the line the zone ends at. A
 * reader that lists its marker in `originalMarkers` ends the zone just before that line, so the
 * line is then never among doc.lines.
 */
export function hasMarkerLine(doc: Doc, marker: RegExp): boolean {
  const next = doc.text.slice(doc.reportEnd, doc.reportEnd + 300);
  const eol = next.search(/[\r\n]/);
  return marker.test(eol < 0 ? next : next.slice(0, eol)) || hasLine(doc, marker);
}

/**
 * The lines past the report zone (the returned message, or a delivery-status part the zone
 * stopped short of), at most `limit` characters of them.
 */
export function linesAfterReport(doc: Doc, limit = doc.text.length): Line[] {
  if (doc.reportEnd >= doc.text.length) return [];
  return splitLines(doc.text, doc.reportEnd, Math.min(doc.text.length, doc.reportEnd + limit));
}

// ---------------------------------------------------------------------------------------------
// Joining wrapped lines

/** A piece of text (trimmed, on one line or joined over several) and where it is in displayText. */
export interface TextAt {
  text: string;
  range: Range;
}

/** Text read over several lines, joined with single spaces, that maps back to displayText. */
export interface Joined {
  text: string;
  /** Where each line's text begins in `text`, and where it sits in displayText. */
  pieces: { at: number; start: number; length: number }[];
}

/**
 * Joins lines[from, to] (inclusive) into one text: each line trimmed, one space between them,
 * blank lines skipped. `firstColumn` starts the first line further in (after a recipient, say).
 */
export function joinLines(lines: readonly Line[], from: number, to: number, firstColumn = 0): Joined {
  const joined: Joined = { text: '', pieces: [] };
  for (let i = from; i <= to && i < lines.length; i++) {
    const raw = i === from ? lines[i].text.slice(firstColumn) : lines[i].text;
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) continue;
    if (joined.text) joined.text += ' ';
    joined.pieces.push({
      at: joined.text.length,
      start: lines[i].start + (i === from ? firstColumn : 0) + lead,
      length: t.length,
    });
    joined.text += t;
  }
  return joined;
}

/** The displayText offset of position `index` of a joined text. */
export function offsetIn(joined: Joined, index: number): number {
  const pieces = joined.pieces;
  if (!pieces.length) return 0;
  let piece = pieces[0];
  for (const p of pieces) {
    if (p.at > index) break;
    piece = p;
  }
  return piece.start + Math.max(0, Math.min(index - piece.at, piece.length));
}

/** The displayText range of joined.text[start, end). */
export function rangeIn(joined: Joined, start: number, end = joined.text.length): Range {
  if (end <= start) {
    const at = offsetIn(joined, start);
    return { start: at, end: at };
  }
  return { start: offsetIn(joined, start), end: offsetIn(joined, end - 1) + 1 };
}

/** The part of a joined text from `start` to its end (or `end`), trimmed, with its range. */
export function sliceOf(joined: Joined, start: number, end = joined.text.length): TextAt {
  let a = start;
  let b = end;
  while (a < b && joined.text[a] === ' ') a++;
  while (b > a && joined.text[b - 1] === ' ') b--;
  return { text: joined.text.slice(a, b), range: rangeIn(joined, a, b) };
}

/** The text of lines[from, to] (inclusive) joined onto one line, trimmed, with its range. */
export function linesText(lines: readonly Line[], from: number, to: number, firstColumn = 0): TextAt {
  return sliceOf(joinLines(lines, from, to, firstColumn), 0);
}

/** The range covering lines[from, to] (inclusive), from the first to the last character. */
export function linesRange(lines: readonly Line[], from: number, to: number): Range {
  return { start: lines[from].start, end: lineEnd(lines[Math.min(to, lines.length - 1)]) };
}

/** The range of one whole line, from its first character to its last. */
export const lineRange = (line: Line): Range => ({ start: line.start, end: lineEnd(line) });

/** The part of one line from column `from` to `to` (its end by default), trimmed, with its range. */
export function lineSlice(line: Line, from = 0, to = line.text.length): TextAt {
  const raw = line.text.slice(from, to);
  const text = raw.trim();
  const start = line.start + from + (raw.length - raw.trimStart().length);
  return { text, range: { start, end: start + text.length } };
}

/**
 * The index of the last line of the run that begins at `from`: the run goes on over non-blank
 * lines and stops before a blank one, or before one `ends` recognises (a heading, the next
 * recipient). The first line always belongs to the run.
 */
export function runEnd(lines: readonly Line[], from: number, ends?: (text: string) => boolean): number {
  let last = from;
  while (last + 1 < lines.length) {
    const next = lines[last + 1].text;
    if (!next.trim() || ends?.(next)) break;
    last++;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Quoted (forwarded) reports

/**
 * The lines with one level of "> " quoting removed, when most of them carry it (a bounce a
 * person forwarded inline). Offsets stay those of displayText. Only one level goes, so a
 * quoted Sendmail ">>> DATA" keeps its own marker.
 */
export function unquoted(lines: readonly Line[]): Line[] {
  let quoted = 0;
  let text = 0;
  for (const l of lines) {
    if (!l.text.trim()) continue;
    text++;
    // ">>> DATA" is a transcript line of its own; ">>>> DATA" is one quoted.
    if (l.text.startsWith('>') && !/^>>>(?!>)/.test(l.text)) quoted++;
  }
  if (text < 3 || quoted < text * 0.6) return lines as Line[];
  return lines.map((l) => {
    if (!l.text.startsWith('>')) return l;
    const cut = l.text.startsWith('> ') ? 2 : 1;
    return { text: l.text.slice(cut), start: l.start + cut };
  });
}

// ---------------------------------------------------------------------------------------------
// "<recipient>: …" paragraphs

/** A recipient line as a mail system writes it, split into its parts. */
export interface RecipientHead {
  address: string;
  /** Where the text after the address begins on the line (0 when nothing follows). */
  restAt: number;
  /** "(expanded from <alias>)" and the like. */
  alias?: string;
}

export interface ParagraphOptions {
  /** A line that ends the current paragraph without starting another (a DSN field, a marker). */
  stop?: (text: string) => boolean;
  /** Whether a blank line ends a paragraph (default true). */
  blankEnds?: boolean;
  /** Whether a new recipient line must follow a blank line (Postfix, qmail), so a wrapped
   * "<a@b>: Recipient address rejected" inside a reply is not taken for the next recipient. */
  headAfterBlank?: boolean;
}

/** A recipient with the lines about it. */
export interface Paragraph {
  head: RecipientHead;
  /** Index of the recipient line. */
  first: number;
  /** Index of the last line of the paragraph. */
  last: number;
  /** The paragraph's text after the address, joined over its lines. */
  body: Joined;
}

/**
 * Splits lines[from, to) into recipient paragraphs: a paragraph starts at a line `head`
 * recognises and runs to the next blank line, the next recipient line, or a line `stop`
 * recognises. Lines before the first recipient line are skipped.
 */
export function paragraphs(
  lines: readonly Line[],
  head: (text: string) => RecipientHead | null,
  from = 0,
  to = lines.length,
  options: ParagraphOptions = {},
): Paragraph[] {
  const { stop, blankEnds = true, headAfterBlank = false } = options;
  const out: Paragraph[] = [];
  let current: { head: RecipientHead; first: number; last: number } | null = null;
  const close = () => {
    if (!current) return;
    out.push({ ...current, body: joinLines(lines, current.first, current.last, current.head.restAt) });
    current = null;
  };
  let afterBlank = true;
  for (let i = Math.max(0, from); i < to && i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const t = lines[i].text;
    if (t.length > 4000) continue;
    const wasAfterBlank = afterBlank;
    afterBlank = !t.trim();
    if (!t.trim()) {
      if (blankEnds) close();
      continue;
    }
    const h: RecipientHead | null = !current || !headAfterBlank || wasAfterBlank ? head(t) : null;
    if (h) {
      close();
      current = { head: h, first: i, last: i };
      continue;
    }
    if (stop?.(t)) {
      close();
      continue;
    }
    if (current) current.last = i;
  }
  close();
  return out;
}

// "<a@b>", "<a@b>:", "<a@b> (expanded from <c@d>):" — a recipient in angle brackets at the
// start of a line. The address may not contain spaces or brackets.
const ANGLE_HEAD =
  /^\s{0,8}<([^<>\s@]{1,256}@[^<>\s]{1,256})>(\s*\(expanded from\s*(?:<([^<>\s]{1,256})>\s*\))?)?\s*(:?)/i;

/**
 * A line that begins with "<recipient>" followed by a colon (Postfix, qmail, Courier), with an
 * optional "(expanded from <alias>)"; `colon` says whether the colon is required.
 */
export function angleHead(text: string, colon = true): RecipientHead | null {
  const m = ANGLE_HEAD.exec(text);
  if (!m) return null;
  // "(expanded from" may wrap before its address; the colon then comes on the next line.
  const wrappedAlias = m[2] !== undefined && m[3] === undefined;
  if (colon && !m[4] && !wrappedAlias) return null;
  return { address: m[1], restAt: m[0].length, alias: m[3] };
}

// ---------------------------------------------------------------------------------------------
// SMTP replies, hosts and commands

const REPLY_START = /^([245]\d\d)([ -])/;

/**
 * Joins the lines of one SMTP reply, each given without any lead-in ("<<< "): the code (and a
 * repeated status) of continuation lines is dropped, so "550-5.7.1 A\n550 5.7.1 B" reads as
 * "550 5.7.1 A B".
 */
export function joinReply(texts: readonly string[]): string {
  let out = '';
  let code = '';
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    const m = REPLY_START.exec(t);
    if (!out) {
      out = m ? `${m[1]} ${t.slice(4).trim()}` : t;
      code = m ? m[1] : '';
      continue;
    }
    if (m && m[1] === code) {
      const rest = t
        .slice(4)
        .trim()
        .replace(/^#?[245]\.\d{1,3}\.\d{1,3}(?:\s+|$)/, '');
      if (rest) out += ` ${rest}`;
    } else {
      out += ` ${t}`;
    }
  }
  return out.trim();
}

/**
 * A multi-line reply already joined onto one line ("550-A 550-B 550 C", as a paragraph of
 * wrapped lines reads) without its repeated codes: "550 A B C". Other text is left alone.
 */
export function unwrapReply(text: string): string {
  const m = /^([245]\d\d)-(#?[245]\.\d{1,3}\.\d{1,3}\s)?/.exec(text);
  if (!m) return text;
  const code = m[1];
  const status = (m[2] ?? '').trim();
  const repeat = new RegExp(`\\s${code}[ -]${status ? `(?:${status.replace(/\./g, '\\.')}\\s+)?` : ''}`, 'g');
  return `${code} ${text.slice(4).replace(repeat, ' ')}`.replace(/\s+/g, ' ').trim();
}

/** True when a reply line continues ("550-…"), false for the last line ("550 …"). */
export const replyContinues = (text: string): boolean => /^[245]\d\d-/.test(text.trim());

const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$/;

const HOST_CHAR = /[A-Za-z0-9_.-]/;
const IP_INSIDE = /^(?:IPv6:)?([0-9A-Fa-f.:]{3,45})$/;

/**
 * The first "name[address]" pair in `text`: "mx.example[192.0.2.1]" (Postfix) or
 * "mx.example [192.0.2.1]" (Exim, Courier, DragonFly); the name is null when it is itself an
 * address. Scans for "[" and looks back, so it stays linear on any input.
 */
export function hostAndIp(text: string): { remoteHost: string | null; remoteIp: string | null } | null {
  // Every "[" before the same "]" shares it: looking it up once per "]" keeps "[[[[…]" linear.
  let close = -1;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    if (close < open) close = text.indexOf(']', open);
    if (close < 0) return null;
    const ip = IP_INSIDE.exec(text.slice(open + 1, Math.min(close, open + 52)));
    if (!ip || !/[.:]/.test(ip[1])) continue;
    let end = open;
    if (text[end - 1] === ' ') end--;
    let begin = end;
    while (begin > 0 && end - begin < 255 && HOST_CHAR.test(text[begin - 1])) begin--;
    const name = text.slice(begin, end).replace(/\.$/, '').toLowerCase();
    if (!name || (begin > 0 && !/[\s(:;,<]/.test(text[begin - 1]))) continue;
    return { remoteHost: IP_LITERAL.test(name) || !name.includes('.') ? null : name, remoteIp: ip[1] };
  }
  return null;
}

/** An address or a host name as a remote server: { remoteHost } or { remoteIp }. */
export function remoteOf(name: string): { remoteHost?: string; remoteIp?: string } {
  const n = name
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (!n) return {};
  return IP_LITERAL.test(n) ? { remoteIp: n } : { remoteHost: n.toLowerCase() };
}

/**
 * The SMTP step a mail system's phrase names: "RCPT TO", "MAIL FROM", "end of DATA",
 * "final DATA", "initial connection", "greeting" … (case-insensitive).
 */
export function commandWord(word: string | undefined | null): SmtpCommand | null {
  if (!word) return null;
  const w = word.trim().replace(/\s+/g, ' ').toUpperCase();
  if (w === 'INITIAL CONNECTION' || w.includes('GREETING') || w === 'CONNECT' || w === 'CONNECTION')
    return 'CONN';
  if (w.startsWith('END OF') || w === 'FINAL DATA' || w === 'DATA' || w === 'MESSAGE BODY') return 'DATA';
  if (w.startsWith('RCPT')) return 'RCPT';
  if (w.startsWith('MAIL')) return 'MAIL';
  return asCommand(w.split(/[\s:]/)[0]);
}

// ---------------------------------------------------------------------------------------------
// Sendmail-style transcripts

/** One line (or one multi-line reply) of a session transcript. */
export type TranscriptStep =
  /** "... while talking to mx.example.:" — a new SMTP session with that host. */
  | { kind: 'session'; line: number; host: string }
  /** ">>> RCPT To:<a@b>" — what the sending side said. */
  | { kind: 'sent'; line: number; command: SmtpCommand | null; text: string }
  /** "<<< 550 5.1.1 …" — the remote server's reply, joined over its lines. */
  | { kind: 'reply'; line: number; last: number; code: string; text: string }
  /** "550 5.1.1 <a@b>... User unknown" or "<a@b>... Deferred: …" — the MTA's own verdict. */
  | { kind: 'verdict'; line: number; code: string; address: string; text: string }
  /** "554 5.0.0 Service unavailable", "421 host (smtp)... Deferred: …" — a coded line of the MTA. */
  | { kind: 'coded'; line: number; code: string; text: string }
  /** Any other text (a program's output, "Message could not be delivered for 5 days"). */
  | { kind: 'note'; line: number; text: string };

const SESSION = /^(?:\.\.\.\s*)?while talking to\s+(\S{1,255}?)\.?:\s*$/i;
const SENT = /^>>>\s*(.*)$/;
const RECEIVED = /^<<<\s?(.*)$/;
const VERDICT =
  /^(?:([245]\d\d)\s+(?:[245]\.\d{1,3}\.\d{1,3}\s+)?)?<([^<>\s@]{0,256}@[^<>\s]{1,256})>\.\.\.\s*(.*)$/;
const CODED = /^([245]\d\d)[ -](.*)$/;

// A session transcript is a few dozen lines; past this many, the rest is not read.
const MAX_STEPS = 5000;

/** Reads lines[from, to) as a transcript; blank lines and nothing else are skipped. */
export function readTranscript(lines: readonly Line[], from = 0, to = lines.length): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  for (let i = Math.max(0, from); i < to && i < lines.length && steps.length < MAX_STEPS; i++) {
    const t = lines[i].text.trim();
    if (!t || t.length > 4000) continue;
    let m = SESSION.exec(t);
    if (m) {
      steps.push({ kind: 'session', line: i, host: m[1].toLowerCase() });
      continue;
    }
    m = RECEIVED.exec(t);
    if (m) {
      // A multi-line reply: "<<< 550-…" lines up to the "<<< 550 …" that ends it.
      const texts = [m[1]];
      let last = i;
      while (replyContinues(texts[texts.length - 1]) && last + 1 < to && last + 1 < lines.length) {
        const next = RECEIVED.exec(lines[last + 1].text.trim());
        if (!next) break;
        texts.push(next[1]);
        last++;
      }
      const code = REPLY_START.exec(texts[0].trim())?.[1] ?? '';
      steps.push({ kind: 'reply', line: i, last, code, text: joinReply(texts) });
      i = last;
      continue;
    }
    m = SENT.exec(t);
    if (m) {
      const word = /^(MAIL FROM|RCPT TO|[A-Za-z]{4,8})/i.exec(m[1])?.[1];
      steps.push({ kind: 'sent', line: i, command: commandWord(word), text: m[1] });
      continue;
    }
    m = VERDICT.exec(t);
    if (m) {
      steps.push({ kind: 'verdict', line: i, code: m[1] ?? '', address: m[2], text: t });
      continue;
    }
    m = CODED.exec(t);
    if (m) {
      steps.push({ kind: 'coded', line: i, code: m[1], text: t });
      continue;
    }
    steps.push({ kind: 'note', line: i, text: t });
  }
  return steps;
}

/** The session host and the last command sent before step `index`. */
export function contextOf(
  steps: readonly TranscriptStep[],
  index: number,
): { host: string | null; command: SmtpCommand | null } {
  let host: string | null = null;
  let command: SmtpCommand | null = null;
  for (let i = 0; i < index && i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'session') {
      host = s.host;
      // Until something is sent, the server is answering the connection (its greeting).
      command = 'CONN';
    } else if (s.kind === 'sent') {
      command = s.command;
    }
  }
  return { host, command };
}

// ---------------------------------------------------------------------------------------------
// Recipients

/** Addresses of the X-Failed-Recipients header (Exim and others write it). */
export function failedRecipients(doc: Doc): string[] {
  return headersOf(doc, 'x-failed-recipients').flatMap((v) =>
    findAddresses(v).map((a) => a.value.toLowerCase()),
  );
}

/**
 * The address when a line holds nothing else ("    kijitora@example.jp"), as the gateways that
 * list their recipients one to a line write them; null for any other line.
 */
export function bareAddress(text: string): string | null {
  const t = text.trim();
  return t.length <= 320 && /^[^\s@]+@\S+$/.test(t) ? cleanAddress(t) : null;
}

/** Addresses the returned message was sent to: its To and Cc fields. */
export function originalRecipients(doc: Doc): string[] {
  const o = doc.original;
  if (!o) return [];
  return ['to', 'cc'].flatMap((name) =>
    (o.get(name) ?? []).flatMap((v) => findAddresses(v).map((a) => a.value.toLowerCase())),
  );
}

/**
 * The full address of a recipient a report names by its local part only ("kijitora"): the
 * address with that local part in X-Failed-Recipients, or in the returned message's To, Cc or
 * Received "for <…>" fields. Null when none matches.
 */
export function completeAddress(doc: Doc, local: string): string | null {
  const want = local.trim().toLowerCase();
  if (!want || want.includes('@')) return cleanAddress(want);
  const received = (doc.original?.get('received') ?? []).flatMap((v) =>
    findAddresses(v).map((a) => a.value.toLowerCase()),
  );
  for (const a of [...failedRecipients(doc), ...originalRecipients(doc), ...received]) {
    if (a.slice(0, a.lastIndexOf('@')) === want) return a;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Findings

/**
 * One finding for each line of lines[from, to) that `read` makes one of, for layouts that give
 * every recipient a line of its own; at most MAX_RECIPIENTS.
 */
export function lineFindings(
  lines: readonly Line[],
  from: number,
  to: number,
  read: (line: Line, index: number) => Finding | null,
): Finding[] {
  const found: Finding[] = [];
  for (let i = Math.max(0, from); i < to && i < lines.length && found.length < MAX_RECIPIENTS; i++) {
    const f = read(lines[i], i);
    if (f) found.push(f);
  }
  return found;
}

/**
 * Gives a finding its diagnostic text and where it is, and stretches the finding's block to the
 * end of the text when the text reaches past it (a reason written below the recipient).
 */
export function setDiagnostic(f: Finding, diagnostic: TextAt): void {
  f.diagnostic = diagnostic.text;
  f.diagnosticRange = diagnostic.range;
  if (f.block && f.block.end < diagnostic.range.end) f.block.end = diagnostic.range.end;
}

// ---------------------------------------------------------------------------------------------
// Delivery-status fields

/** The delivery-status entry for a recipient, if the report has one. */
export function dsnFor(dsn: DsnReport, recipient: string | null | undefined): Finding | undefined {
  const r = cleanAddress(recipient);
  return r ? dsn.recipients.find((d) => d.recipient === r) : undefined;
}

/**
 * The delivery-status entries as findings of their own (at most MAX_RECIPIENTS), for a report
 * whose text says nothing more about its recipients.
 */
export function dsnFindings(dsn: DsnReport): Finding[] {
  return dsn.recipients.slice(0, MAX_RECIPIENTS).map((d) => ({ ...d }));
}

// ---------------------------------------------------------------------------------------------
// A mail system's own reason wording

/** Reasons and the phrases a mail system writes for them, tried in order. */
export type PhraseTable = readonly (readonly [Reason, readonly string[]])[];

/** The first reason of `table` whose phrase `text` contains (case-insensitive). */
export function reasonFromPhrases(text: string, table: PhraseTable): Reason | undefined {
  const lower = text.toLowerCase();
  for (const [reason, phrases] of table) {
    if (phrases.some((p) => lower.includes(p.toLowerCase()))) return reason;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// qmail-style paragraphs (qmail-send, and systems built on it or copying its layout):
//
//   <kijitora@example.jp>:
//   192.0.2.153 does not like recipient.
//   Remote host said: 550 5.1.1 <kijitora@example.jp>... User Unknown
//   Giving up on 192.0.2.153.

/** What a qmail-style paragraph says: the SMTP step, the remote host, the server's reply. */
export interface QmailDetail {
  command: SmtpCommand | null;
  remoteHost?: string;
  remoteIp?: string;
  /** The server's reply, or the whole text when no server spoke. */
  diagnostic: TextAt;
  /** True when the diagnostic is a server's reply ("Remote host said: …"). */
  replied: boolean;
  /** qmail's own status ("(#5.1.1)", "[#4.1.9]"), when it gives one. */
  status?: string;
}

// qmail-remote.c: the step a remote host refused, and whether the host is named before the
// phrase ("192.0.2.1 does not like recipient.") or after "Connected to".
const QMAIL_STEPS: readonly [string, SmtpCommand, 'before' | 'after'][] = [
  [' but greeting failed.', 'CONN', 'after'],
  [' but my name was rejected.', 'EHLO', 'after'],
  [' but sender was rejected.', 'MAIL', 'after'],
  [' does not like recipient.', 'RCPT', 'before'],
  [' failed on DATA command.', 'DATA', 'before'],
  [' failed after I sent the message.', 'DATA', 'before'],
];

/** The word just before `at` in `text` (a host name or address), scanning back at most 255. */
function wordBefore(text: string, at: number): string {
  let b = at;
  while (b > 0 && at - b < 255 && !/\s/.test(text[b - 1])) b--;
  return text.slice(b, at);
}

const QMAIL_SAID = /\bremote host (?:(\S{1,255}) )?said:\s*/i;
// What qmail appends after the reply: who it gave up on, and whether it will retry.
const QMAIL_TAIL = /\s(?:Giving up on \S|\/?I'm not going to try again)/;

/** Reads a qmail-style paragraph body (the text after "<recipient>:"). */
export function readQmailDetail(body: Joined): QmailDetail {
  const text = body.text;
  let command: SmtpCommand | null = null;
  let host: string | undefined;
  for (const [phrase, step, where] of QMAIL_STEPS) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    command = step;
    if (where === 'before') host = wordBefore(text, at);
    else {
      const connected = text.lastIndexOf('Connected to ', at);
      if (connected >= 0 && at - connected < 300) host = text.slice(connected + 13, at).trim();
    }
    host = host?.replace(/\.$/, '') || undefined;
    break;
  }
  // "Sorry, no SMTP connection got far enough; most progress was RCPT TO response; …"
  const progress = /most progress was ([A-Z]{4}(?: TO| FROM)?) /.exec(text);
  if (!command && progress) command = commandWord(progress[1]);
  const said = QMAIL_SAID.exec(text);
  host ??= said?.[1] ?? /Giving up on (\S{1,255}?)\.?(?:\s|$)/.exec(text)?.[1];
  let diagnostic = sliceOf(body, 0);
  if (said) {
    const from = said.index + said[0].length;
    const tail = QMAIL_TAIL.exec(text.slice(from));
    diagnostic = sliceOf(body, from, tail ? from + tail.index : text.length);
  }
  const status = /[([]#([245]\.\d{1,3}\.\d{1,3})[)\]]/.exec(text)?.[1];
  diagnostic.text = unwrapReply(diagnostic.text);
  return { command, ...(host ? remoteOf(host) : {}), diagnostic, replied: Boolean(said), status };
}

// qmail's own wording for a category (qmail-local.c, qmail-remote.c, error_str.c, and the
// qmail-ldap patch), tried on the server's reply first and then on the whole paragraph.
const QMAIL_PHRASES: PhraseTable = [
  ['userunknown', ['no mailbox here by that name', 'does not like recipient.']],
  ['mailboxfull', ['disk quota exceeded']],
  ['mesgtoobig', ['Message size exceeds fixed maximum message size:']],
  ['hostunknown', ["Sorry, I couldn't find any host "]],
  ['notaccept', ["Sorry, I couldn't find a mail exchanger or IP address"]],
  ['systemfull', ['Requested action not taken: mailbox unavailable (not enough free space)']],
  [
    'networkerror',
    [
      "Sorry, I wasn't able to establish an SMTP connection",
      "Sorry. Although I'm listed as a best-preference MX or A for that host",
    ],
  ],
  ['systemerror', ['bad interpreter: No such file or directory', 'system error', 'Unable to']],
];
const QMAIL_LDAP: PhraseTable = [
  [
    'suspend',
    [
      'Mailaddress is administrativley disabled',
      'Mailaddress is administrativly disabled',
      'Mailaddress is administratively disabled',
    ],
  ],
  ['userunknown', ['Sorry, no mailbox here by that name']],
  ['exceedlimit', ['The message exeeded the maximum size the user accepts']],
  [
    'systemerror',
    [
      'Automatic homedir creator crashed',
      'Illegal value in LDAP attribute',
      'LDAP attribute is not given but mandatory',
      'Timeout while performing search on LDAP server',
      'Too many results returned but needs to be unique',
      'Permanent error while executing qmail-forward',
      'Temporary error in automatic homedir creation',
      'Temporary error while executing qmail-forward',
      'Temporary failure in LDAP lookup',
      'Unable to contact LDAP server',
      'Unable to login into LDAP server, bad credentials',
    ],
  ],
];
const QMAIL_EXPIRED = 'this message has been in the queue too long';

/** The category a qmail-style paragraph states itself, if any. */
export function qmailReason(detail: QmailDetail, whole: string): Reason | undefined {
  if (detail.command === 'MAIL') return 'rejected';
  if (detail.command === 'EHLO' || detail.command === 'HELO') return 'blocked';
  // A refused recipient and a queue timeout together: the reply decides, not the timeout.
  if (detail.command === 'RCPT' && whole.includes(QMAIL_EXPIRED)) return 'onhold';
  const own =
    (detail.replied ? reasonFromPhrases(detail.diagnostic.text, QMAIL_PHRASES) : undefined) ??
    reasonFromPhrases(whole, QMAIL_PHRASES);
  if (own) return own;
  const ldap = reasonFromPhrases(whole, QMAIL_LDAP);
  if (ldap) return ldap;
  return whole.includes(QMAIL_EXPIRED) && !detail.replied ? 'expired' : undefined;
}

/**
 * The findings of a qmail-style notice: one per "<recipient>:" paragraph from line `from` on, up
 * to the line `copy` recognises (where the returned message begins). Some qmail derivatives
 * write the recipient line as "To: <recipient>:", so that lead-in is passed over.
 */
export function readQmailParagraphs(lines: readonly Line[], from: number, copy: RegExp): Finding[] {
  const head = (t: string): RecipientHead | null =>
    angleHead(t.replace(/^To\s*:\s*/i, (m) => ' '.repeat(m.length)));
  return paragraphs(lines, head, from, lines.length, { stop: (t) => copy.test(t) }).map((p): Finding => {
    const detail = readQmailDetail(p.body);
    return {
      recipient: p.head.address,
      block: linesRange(lines, p.first, p.last),
      command: detail.command,
      remoteHost: detail.remoteHost,
      remoteIp: detail.remoteIp,
      diagnostic: detail.diagnostic.text,
      diagnosticRange: detail.diagnostic.range,
      diagnosticType: detail.replied ? 'SMTP' : undefined,
      status: detail.status,
      reason: qmailReason(detail, p.body.text),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Exim's own wording, for Exim and the services that run it under their own name (McAfee
// MXLogic, Mail.ru): sentences Exim writes when it decides a failure itself, with no remote
// server's reply to go by (route.c, routers/dnslookup.c, transports/*.c, parser.c, retry.c).

/** The categories Exim names in its own sentences. */
export const EXIM_PHRASES: PhraseTable = [
  ['userunknown', ['user not found']],
  [
    'hostunknown',
    [
      'all host address lookups failed permanently',
      'all relevant MX records point to non-existent hosts',
      'Unrouteable address',
    ],
  ],
  ['mailboxfull', ['mailbox is full', 'error: quota exceed']],
  [
    'notaccept',
    ['an MX or SRV record indicated no SMTP service', 'no host found for existing SMTP connection'],
  ],
  [
    'syntaxerror',
    [
      'angle-brackets nested too deep',
      'expected word or "<"',
      'domain missing in source-routed address',
      'malformed address:',
    ],
  ],
  [
    'systemerror',
    [
      'delivery to file forbidden',
      'delivery to pipe forbidden',
      'local delivery failed',
      'LMTP error after ',
    ],
  ],
  ['contenterror', ['Too many "Received" headers']],
];

/** Exim gave up retrying, or froze the message (or, in a delay warning, is still trying). */
export const EXIM_EXPIRED: PhraseTable = [
  [
    'expired',
    [
      'retry timeout exceeded',
      'retry time not reached for any host after a long failure period',
      'all hosts have been failing for a long time and were last tried',
      'have been failing for a long time (and retry time not reached)',
      'has been frozen',
      'was frozen on arrival by ',
    ],
  ],
];

/**
 * The category Exim states in its own words, if any. Its retry sentences count only when no SMTP
 * step is named: once a remote server replied at some step, that reply says why.
 */
export function eximOwnReason(text: string, command: SmtpCommand | null | undefined): Reason | undefined {
  return (
    reasonFromPhrases(text, EXIM_PHRASES) ?? (command ? undefined : reasonFromPhrases(text, EXIM_EXPIRED))
  );
}
