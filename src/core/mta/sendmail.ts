// Sendmail (8.x and its descendants, savemail.c). A returned message reads:
//
//   The original message was received at …
//      ----- The following addresses had permanent fatal errors -----
//   <kijitora@example.org>
//       (reason: 550 5.1.1 User unknown)
//      ----- Transcript of session follows -----
//   ... while talking to mx.example.org.:
//   >>> RCPT To:<kijitora@example.org>
//   <<< 550 5.1.1 <kijitora@example.org>... User unknown
//   550 5.1.1 <kijitora@example.org>... User unknown
//
// then a delivery-status part. "<<<" lines are the remote server's reply (the full one: the
// Diagnostic-Code field keeps only its first line), ">>>" what Sendmail sent, and a line
// "550 5.1.1 <a@b>... text" Sendmail's own verdict for that recipient. Local failures (a
// delivery program, a host lookup, the queue timing out) appear as coded lines and notes.

import type { Range } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress, findAddresses } from '../smtp/address';
import { type Line, lineEnd, squeeze } from '../text/lines';
import {
  contextOf,
  findLine,
  hasLine,
  joinLines,
  lineSlice,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  readTranscript,
  remoteOf,
  subjectMatches,
  type TranscriptStep,
  unquoted,
} from './common';
import type { MailSystem } from './types';

const SUBJECT =
  /(?:see transcript for details\s*$|^(?:(?:Fwd?|Re):\s*)*Warning: could not send message for past|^(?:(?:Fwd?|Re):\s*)*Returned mail: )/i;
/** "----- Transcript of session follows -----", in every version of Sendmail. */
export const TRANSCRIPT = /^\s*-{3,}\s*Transcript of session follows\s*-{3,}\s*$/i;
const ERRORS =
  /^\s*-{3,}\s*The following addresses had (?:permanent fatal|transient non-fatal) errors\s*-{3,}\s*$/i;
// The end of the transcript: another "----- … -----" section, a MIME boundary, or the DSN fields.
const FIELDS_START =
  /^(?:Reporting-MTA|Final-Recipient|Received-From-MTA|Arrival-Date|Original-Recipient|Action|Status):/i;
function isSectionEnd(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('---') && t.endsWith('---') && /[^-\s]/.test(t)) return true;
  return /^--\S/.test(text) || FIELDS_START.test(text);
}

export const sendmail: MailSystem = {
  name: 'Sendmail',
  recognise(doc) {
    return subjectMatches(doc, SUBJECT) || hasLine(doc, TRANSCRIPT) || hasLine(doc, ERRORS);
  },
  read: neverThrows((doc, dsn) => {
    const lines = unquoted(doc.lines);
    if (findLine(lines, TRANSCRIPT) < 0 && findLine(lines, ERRORS) < 0) return [];
    return readReport(lines, dsn);
  }),
};

interface Listed {
  address: string;
  alias?: string;
  reason?: { text: string; range: Range };
  first: number;
  last: number;
}

/** "----- The following addresses had permanent fatal errors -----" and its entries. */
function readErrorSection(lines: readonly Line[]): Listed[] {
  const out: Listed[] = [];
  for (let at = findLine(lines, ERRORS); at >= 0; at = findLine(lines, ERRORS, at + 1)) {
    for (let i = at + 1; i < lines.length; i++) {
      const t = lines[i].text;
      if (!t.trim() || isSectionEnd(t)) break;
      const m = /^<?([^<>\s()@]{1,256}@[^<>\s()]{1,256})>?\s*$/.exec(t);
      if (m) {
        out.push({ address: m[1], first: i, last: i });
        continue;
      }
      const entry = out[out.length - 1];
      if (!entry) continue;
      entry.last = i;
      // "    (reason: 550 5.1.1 User unknown)"
      const open = t.indexOf('(reason:');
      if (open >= 0 && !t.slice(0, open).trim()) {
        const text = t
          .slice(open + 8)
          .trim()
          .replace(/\)$/, '')
          .trim();
        const start = lines[i].start + t.indexOf(text, open + 8);
        entry.reason = { text, range: { start, end: start + text.length } };
      }
      const expanded = /^\s*\(expanded from:\s*<?([^<>\s()@]{1,256}@[^<>\s()]{1,256})>?\)/.exec(t);
      if (expanded) entry.alias = expanded[1];
    }
  }
  return out;
}

function readReport(lines: readonly Line[], dsn: DsnReport): Finding[] {
  const start = findLine(lines, TRANSCRIPT);
  let end = lines.length;
  if (start >= 0) {
    const next = lines.findIndex((l, i) => i > start && isSectionEnd(l.text));
    if (next >= 0) end = next;
  }
  const steps = start >= 0 ? readTranscript(lines, start + 1, end) : [];
  const listed = readErrorSection(lines);

  // Who the report is about: the delivery-status part says it best; without one, the error
  // section, Sendmail's verdicts, then the RCPT commands of the transcript.
  let recipients: (string | null)[] = dsn.recipients.map((d) => d.recipient ?? null);
  if (!recipients.length) recipients = listed.map((l) => l.address.toLowerCase());
  if (!recipients.length)
    recipients = steps.flatMap((s) => (s.kind === 'verdict' ? [s.address.toLowerCase()] : []));
  if (!recipients.length) {
    recipients = steps.flatMap((s) => {
      const m =
        s.kind === 'sent' && s.command === 'RCPT' ? /<([^<>\s@]{1,256}@[^<>\s]{1,256})>/.exec(s.text) : null;
      return m ? [m[1].toLowerCase()] : [];
    });
  }
  recipients = [...new Set(recipients)].slice(0, MAX_RECIPIENTS);
  // An entry without an address beside real ones is a stray group of fields, not a recipient.
  if (recipients.some((r) => r !== null)) recipients = recipients.filter((r) => r !== null);
  // A delivery-status recipient without a usable address ("@example.org"): the verdict names it.
  const verdicts = steps.filter((s) => s.kind === 'verdict').map((s) => cleanAddress(s.address));
  if (recipients.length === 1 && recipients[0] === null && verdicts.length === 1) recipients = verdicts;
  if (!recipients.length) return [];
  const transcript = indexTranscript(steps);
  const byAddress = new Map(listed.map((l) => [cleanAddress(l.address), l] as const));

  return recipients.map((recipient) => {
    const d =
      dsn.recipients.find((x) => x.recipient === recipient) ??
      (recipients.length === 1 ? dsn.recipients[0] : undefined);
    const entry = recipient === null ? undefined : byAddress.get(recipient);
    const finding: Finding = { recipient, alias: entry?.alias };
    // A mangled field line ("ction: failed") can split a recipient's fields in two; with one
    // recipient, a group of fields without an address is still about it.
    if (recipients.length === 1 && !d?.status)
      finding.status = dsn.recipients.find((x) => !x.recipient && x.status)?.status;
    const evidence = evidenceFor(lines, transcript, recipient, squeeze(d?.diagnostic ?? ''));
    if (evidence) {
      Object.assign(finding, evidence);
    } else if (entry?.reason) {
      finding.diagnostic = entry.reason.text;
      finding.diagnosticRange = entry.reason.range;
      finding.block = linesRange(lines, entry.first, entry.last);
    }
    return finding;
  });
}

/** The transcript with what each recipient's lookup needs computed once. */
interface Transcript {
  steps: readonly TranscriptStep[];
  /** The first verdict for each address. */
  verdictAt: Map<string, number>;
  /** The first failed server reply or coded line that names each address. */
  namedAt: Map<string, number>;
  /** The failed server replies, by step index. */
  replies: number[];
  /** What Sendmail's own lines say when no server spoke (read once, on first use). */
  ownAccount?: OwnAccount | null;
}

function indexTranscript(steps: readonly TranscriptStep[]): Transcript {
  const verdictAt = new Map<string, number>();
  const namedAt = new Map<string, number>();
  const replies: number[] = [];
  steps.forEach((s, i) => {
    const address = s.kind === 'verdict' ? cleanAddress(s.address) : null;
    if (address && !verdictAt.has(address)) verdictAt.set(address, i);
    if (s.kind === 'reply' && /^[45]/.test(s.code)) replies.push(i);
    if ((s.kind === 'reply' || s.kind === 'coded') && /^[45]/.test(s.code) && s.text.includes('@')) {
      for (const a of findAddresses(s.text)) {
        const named = a.value.toLowerCase();
        if (!namedAt.has(named)) namedAt.set(named, i);
      }
    }
  });
  return { steps, verdictAt, namedAt, replies };
}

/** The transcript lines about one recipient, most specific first. */
function evidenceFor(
  lines: readonly Line[],
  t: Transcript,
  recipient: string | null,
  dsnText: string,
): Partial<Finding> | null {
  const steps = t.steps;
  // Sendmail's verdict for this recipient, and the server reply just before it.
  const verdict = recipient === null ? -1 : (t.verdictAt.get(recipient) ?? -1);
  if (verdict >= 0) {
    for (let i = verdict - 1; i >= 0; i--) {
      const s = steps[i];
      if (s.kind === 'verdict' || s.kind === 'session') break;
      if (s.kind === 'reply' && /^[45]/.test(s.code)) return fromReply(lines, steps, i, steps[verdict].line);
    }
    return fromLine(lines, steps[verdict]);
  }
  // A server reply, or a coded line of Sendmail's, that names the recipient.
  const named = recipient === null ? -1 : (t.namedAt.get(recipient) ?? -1);
  if (named >= 0)
    return steps[named].kind === 'reply' ? fromReply(lines, steps, named) : fromLine(lines, steps[named]);
  // The session's failed reply: the one the delivery-status part quotes, else the first.
  if (t.replies.length) {
    const head = dsnText.slice(0, 40);
    const quoted = head
      ? t.replies.find((i) => (steps[i] as { text: string }).text.startsWith(head))
      : undefined;
    return fromReply(lines, steps, quoted ?? t.replies[0]);
  }
  // No server spoke. When the delivery-status part has no real text ("X-Unix; 255"), the
  // transcript's coded lines ("554 5.3.0 unknown mailer error 255") or its notes say why.
  if (dsnText && !/^\d+$/.test(dsnText)) return null;
  if (t.ownAccount === undefined) t.ownAccount = ownAccount(lines, steps);
  const own = t.ownAccount;
  return own && { ...own, diagnosticRange: { ...own.diagnosticRange }, block: { ...own.block } };
}

interface OwnAccount {
  diagnostic: string;
  diagnosticRange: Range;
  block: Range;
}

/** The transcript's coded lines ("554 5.3.0 unknown mailer error 255"), else its notes. */
function ownAccount(lines: readonly Line[], steps: readonly TranscriptStep[]): OwnAccount | null {
  const coded = steps.filter((s) => s.kind === 'coded' && /^[45]\d\d [45]\.\d{1,3}\.\d{1,3}\s/.test(s.text));
  const chosen = coded.length ? coded : steps.filter((s) => s.kind === 'note' || s.kind === 'coded');
  if (!chosen.length) return null;
  const first = chosen[0].line;
  const last = chosen[chosen.length - 1].line;
  const joined = coded.length
    ? coded.map((s) => (s as { text: string }).text).join(' ')
    : joinLines(lines, first, last).text;
  return {
    diagnostic: joined,
    diagnosticRange: { start: lineSlice(lines[first]).range.start, end: lineEnd(lines[last]) },
    block: linesRange(lines, first, last),
  };
}

/** A server reply with its session: the host and the command it answered. */
function fromReply(
  lines: readonly Line[],
  steps: readonly TranscriptStep[],
  index: number,
  through = -1,
): Partial<Finding> {
  const step = steps[index] as Extract<TranscriptStep, { kind: 'reply' }>;
  const { host, command } = contextOf(steps, index);
  const first = lines[step.line];
  const at = first.text.indexOf('<<<');
  // The reply starts after "<<<" and the blanks that follow it.
  const start = at >= 0 ? lineSlice(first, at + 3).range.start : first.start;
  return {
    diagnostic: step.text,
    diagnosticType: 'SMTP',
    diagnosticRange: { start, end: lineEnd(lines[step.last]) },
    block: linesRange(lines, step.line, Math.max(step.last, through)),
    command,
    ...(host ? remoteOf(host) : {}),
  };
}

/** One line of Sendmail's own: a verdict or a coded line. */
function fromLine(lines: readonly Line[], step: TranscriptStep): Partial<Finding> {
  const own = lineSlice(lines[step.line]);
  return {
    diagnostic: own.text,
    diagnosticRange: own.range,
    block: linesRange(lines, step.line, step.line),
  };
}
