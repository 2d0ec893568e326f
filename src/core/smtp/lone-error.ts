// Reading an error that stands alone, with no mail system's report around it: an SMTP reply
// ("550 5.1.1 <a@b.example>: Recipient address rejected"), a multi-line reply ("550-5.7.1 …"
// then "550 5.7.1 …"), a Postfix or Exim log line, or any line that carries a status code.
// It is also the last resort for a bounce whose layout no mail-system reader knows.

import type { Doc, Range } from '../doc';
import type { Finding } from '../finding';
import { type Line, lineEnd } from '../text/lines';
import { cleanAddress, findAddresses } from './address';
import { asCommand, findCommand } from './command';

export type LoneKind = 'smtp-reply' | 'log-line' | 'status-line';

export interface LoneFinding extends Finding {
  kind: LoneKind;
}

// Postfix: "... to=<a@b>, relay=mx.b[192.0.2.1]:25, ..., status=bounced (host mx.b[192.0.2.1] said: 550 ...)"
const POSTFIX_LOG = /\bto=<([^>]*)>.*?\bstatus=(bounced|deferred|sent|expired|undeliverable)\s*\((.*)\)\s*$/i;
// Exim: "** a@b R=dnslookup T=remote_smtp H=mx.b [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<a@b>: 550 ..."
const EXIM_LOG =
  /(?:^|\s)(\*\*|==)\s+(\S+@\S+?)(?:\s+<[^>]*>)?\s+(?:[A-GI-Z]=\S+\s+)*(?:H=(\S+)\s+\[([^\]]+)\][^:]*:\s*)?(.*)$/;
// A reply line: optional lead-in ("said:", "<<<", a timestamp), a code, a space or hyphen.
const REPLY_LINE = /(?:^|[\s:>;(\]])([245][0-5]\d)([ -])(?=\S)/;
const STATUS_ANYWHERE = /(?:^|[\s(#[;:])[45]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/;
const HOST_SAID = /\bhost\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,})\s*\[([0-9A-Fa-f:.]+)\]/i;
const HOST_IN_BRACKETS =
  /\b([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.[A-Za-z]{2,})\s*\[(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]+:[0-9A-Fa-f:]+)\]/;

const MAX_FINDINGS = 50;

export function readLoneErrors(doc: Doc): LoneFinding[] {
  const found: LoneFinding[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length && found.length < MAX_FINDINGS; i++) {
    const line = lines[i];
    if (line.text.length > 4000) continue; // no error line is this long; skip pathological input
    const log = readLogLine(line);
    if (log) {
      found.push(log);
      continue;
    }
    const reply = REPLY_LINE.exec(line.text);
    if (reply && looksLikeReply(line.text, reply.index + reply[0].length - 4)) {
      const { finding, last } = readReply(lines, i, reply.index + reply[0].length - 4);
      found.push(finding);
      i = last;
      continue;
    }
    if (STATUS_ANYWHERE.test(line.text) && /[A-Za-z]{3}/.test(line.text)) {
      const { text, end, last } = joinContinuations(lines, i, line.text.trim());
      found.push({
        kind: 'status-line',
        diagnostic: text,
        diagnosticRange: { start: line.start + (line.text.length - line.text.trimStart().length), end },
        block: { start: line.start, end },
        command: findCommand(text),
        ...hostOf(text),
      });
      i = last;
    }
  }
  attachRecipients(doc, found);
  return dedupe(found);
}

/** A reply code must be followed by a status, or by words — not by more digits ("550 items"). */
function looksLikeReply(text: string, codeAt: number): boolean {
  const rest = text.slice(codeAt + 4, codeAt + 64);
  if (/^#?[245]\.\d{1,3}\.\d{1,3}/.test(rest)) return true;
  const before = text.slice(0, codeAt).trim();
  // Without a status code, accept a code at the start of a line or after a typical lead-in.
  return (
    (before === '' || /(?:said:|<<<|smtp;|reply:|response:|returned|error:?|reason:)$/i.test(before)) &&
    /^[A-Za-z<([]/.test(rest)
  );
}

function readLogLine(line: Line): LoneFinding | null {
  const postfix = POSTFIX_LOG.exec(line.text);
  if (postfix) {
    const detail = postfix[3];
    const at = line.start + line.text.lastIndexOf(detail);
    return {
      kind: 'log-line',
      recipient: cleanAddress(postfix[1]),
      action:
        postfix[2].toLowerCase() === 'deferred'
          ? 'delayed'
          : postfix[2].toLowerCase() === 'sent'
            ? 'delivered'
            : 'failed',
      diagnostic: detail,
      diagnosticRange: { start: at, end: at + detail.length },
      block: { start: line.start, end: lineEnd(line) },
      command: findCommand(detail),
      ...hostOf(line.text),
    };
  }
  const exim = EXIM_LOG.exec(line.text);
  if (exim && /\d{3}|error|refused|timeout|unknown|denied/i.test(exim[5])) {
    const detail = exim[5];
    const at = line.start + line.text.lastIndexOf(detail);
    const command = /after ([A-Z]{4})/.exec(detail);
    return {
      kind: 'log-line',
      recipient: cleanAddress(exim[2]),
      action: exim[1] === '==' ? 'delayed' : 'failed',
      diagnostic: detail,
      diagnosticRange: { start: at, end: at + detail.length },
      block: { start: line.start, end: lineEnd(line) },
      command: asCommand(command?.[1]),
      remoteHost: exim[3]?.toLowerCase() ?? null,
      remoteIp: exim[4] ?? null,
    };
  }
  return null;
}

/** A reply, joined over its "550-" continuation lines and wrapped lines. */
function readReply(lines: Line[], i: number, codeAt: number): { finding: LoneFinding; last: number } {
  const first = lines[i];
  const code = first.text.slice(codeAt, codeAt + 3);
  let text = first.text.slice(codeAt).trim();
  let end = lineEnd(first);
  let last = i;
  let multiline = first.text[codeAt + 3] === '-';
  for (let j = i + 1; j < lines.length && j < i + 40; j++) {
    const t = lines[j].text;
    if (multiline && t.trimStart().startsWith(code)) {
      text += ` ${t.trim().replace(new RegExp(`^${code}[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?`), '')}`;
      multiline = t.trimStart()[3] === '-';
    } else if (!multiline && /^[ \t]+\S/.test(t) && !REPLY_LINE.test(t.trim().slice(0, 5))) {
      text += ` ${t.trim()}`; // a wrapped reply continues on an indented line
    } else {
      break;
    }
    end = lineEnd(lines[j]);
    last = j;
  }
  const finding: LoneFinding = {
    kind: 'smtp-reply',
    replyCode: code,
    diagnostic: text,
    diagnosticRange: { start: first.start + codeAt, end },
    block: { start: first.start, end },
    command: findCommand(first.text) ?? findCommand(text),
    ...hostOf(first.text),
  };
  return { finding, last };
}

function joinContinuations(
  lines: Line[],
  i: number,
  text: string,
): { text: string; end: number; last: number } {
  let end = lineEnd(lines[i]);
  let last = i;
  for (let j = i + 1; j < lines.length && j < i + 10 && /^[ \t]+\S/.test(lines[j].text); j++) {
    text += ` ${lines[j].text.trim()}`;
    end = lineEnd(lines[j]);
    last = j;
  }
  return { text, end, last };
}

function hostOf(text: string): { remoteHost?: string; remoteIp?: string } {
  const m = HOST_SAID.exec(text) ?? HOST_IN_BRACKETS.exec(text);
  return m ? { remoteHost: m[1].toLowerCase().replace(/\.$/, ''), remoteIp: m[2] } : {};
}

/** Each finding's recipient: an address in its own text, else one on a nearby line above. */
function attachRecipients(doc: Doc, found: LoneFinding[]): void {
  for (const f of found) {
    if (f.recipient) continue;
    const own = findAddresses(f.diagnostic ?? '').map((a) => a.value);
    if (own.length) {
      f.recipient = cleanAddress(own[0]);
      continue;
    }
    // "<x@example.net>: host … said: 550 …" names the recipient before the reply itself.
    const block = f.block as Range;
    const lead = doc.text.slice(block.start, f.diagnosticRange?.start ?? block.start);
    const above = doc.text.slice(Math.max(doc.start, block.start - 400), block.start);
    const near = findAddresses(lead)[0] ?? findAddresses(above).pop();
    if (near) f.recipient = cleanAddress(near.value);
  }
}

/** The same error quoted twice (a summary and a transcript) is one finding. */
function dedupe(found: LoneFinding[]): LoneFinding[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.recipient ?? ''}|${f.replyCode ?? ''}|${(f.diagnostic ?? '').slice(0, 60)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
