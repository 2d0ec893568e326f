// RFC 3464 delivery-status fields, read from wherever they appear: a message/delivery-status
// part, or inline in a pasted report. One per-message group, then one group per recipient.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { isBlank, type Line, lineEnd } from '../text/lines';

const PER_MESSAGE = [
  'reporting-mta',
  'dsn-gateway',
  'received-from-mta',
  'arrival-date',
  'original-envelope-id',
  'x-postfix-queue-id',
  'x-postfix-sender',
  'x-original-message-id',
  'x-ms-exchange-message-is-ndr',
];
const PER_RECIPIENT = [
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
  'x-actual-recipient',
  'x-display-name',
  'x-supplementary-info',
  'x-remote-mta',
  'x-exim-diagnostic',
];
const KNOWN = new Set([...PER_MESSAGE, ...PER_RECIPIENT]);

/** More recipients than any real report lists: the rest of a hostile report is not read. */
const MAX_DSN_RECIPIENTS = 1000;

export interface DsnField {
  name: string;
  /** The value with continuation lines joined. */
  value: string;
  /** Where the value sits (from its first character to the end of its last line). */
  start: number;
  end: number;
}

export interface DsnReport {
  perMessage: Record<string, string>;
  recipients: Finding[];
  /** Offset of each recipient's Status field, Remote-MTA value and so on, by recipient index. */
  fieldSpans: Record<string, { start: number; end: number }>[];
}

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;

/** Groups of consecutive DSN field lines (with their continuation lines). */
function fieldGroups(lines: Line[]): DsnField[][] {
  const groups: DsnField[][] = [];
  let group: DsnField[] = [];
  let current: DsnField | null = null;
  const close = () => {
    if (group.length) groups.push(group);
    group = [];
    current = null;
  };
  for (const line of lines) {
    const t = line.text;
    if (isBlank(line)) {
      close();
      continue;
    }
    if (current && /^[ \t]/.test(t)) {
      current.value += ` ${t.trim()}`;
      current.end = lineEnd(line);
      continue;
    }
    const m = FIELD_LINE.exec(t);
    const name = m?.[1].toLowerCase();
    if (!m || !name) {
      close();
      continue;
    }
    if (!KNOWN.has(name)) {
      // An unknown or garbled field ("ction: failed") inside a group does not end it.
      current = null;
      continue;
    }
    const valueStart = line.start + t.length - m[2].length;
    current = { name, value: m[2].trim(), start: valueStart, end: lineEnd(line) };
    group.push(current);
  }
  close();
  return groups;
}

/** "rfc822; a@b" → "a@b", "dns; mx.example" → "mx.example", "smtp; 550 …" keeps its type apart. */
export function typedValue(value: string): { type: string; value: string } {
  const m = /^([A-Za-z0-9-]+)\s*;\s*(.*)$/.exec(value);
  return m ? { type: m[1], value: m[2].trim() } : { type: '', value: value.trim() };
}

export function readDsn(doc: Doc): DsnReport {
  const report: DsnReport = { perMessage: {}, recipients: [], fieldSpans: [] };
  for (const group of fieldGroups(doc.lines)) {
    let finding: Finding | null = null;
    let spans: Record<string, { start: number; end: number }> = {};
    for (const field of group) {
      const isRecipientField = PER_RECIPIENT.includes(field.name);
      if (!isRecipientField) {
        report.perMessage[field.name] ??= field.value;
        continue;
      }
      // A repeated field means the next recipient began without a blank line between them.
      if (!finding || finding.fields?.[field.name] !== undefined) {
        if (report.recipients.length >= MAX_DSN_RECIPIENTS) break;
        finding = { fields: {} };
        spans = {};
        report.recipients.push(finding);
        report.fieldSpans.push(spans);
      }
      finding.fields ??= {};
      finding.fields[field.name] ??= field.value;
      spans[field.name] ??= { start: field.start, end: field.end };
      finding.block = {
        start: Math.min(finding.block?.start ?? field.start, field.start),
        end: Math.max(finding.block?.end ?? field.end, field.end),
      };
    }
  }
  for (let i = 0; i < report.recipients.length; i++)
    fillFromFields(report.recipients[i], report.fieldSpans[i]);
  report.recipients = report.recipients.filter((f) => f.recipient || f.status || f.diagnostic);
  return report;
}

function fillFromFields(f: Finding, spans: Record<string, { start: number; end: number }>): void {
  const fields = f.fields ?? {};
  f.recipient =
    cleanAddress(typedValue(fields['final-recipient'] ?? '').value) ??
    cleanAddress(typedValue(fields['original-recipient'] ?? '').value);
  const original = cleanAddress(typedValue(fields['original-recipient'] ?? '').value);
  if (original && original !== f.recipient) f.alias = original;
  const action = (fields.action ?? '').trim().toLowerCase().split(/[\s(]/)[0];
  if (action) f.action = action;
  const status = /[245]\.\d{1,3}\.\d{1,3}/.exec(fields.status ?? '');
  if (status) f.status = status[0];
  const remote = typedValue(fields['remote-mta'] ?? fields['x-remote-mta'] ?? '').value;
  if (remote) {
    const ip = /\[?(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]+)\]?/i.exec(remote);
    const host = remote
      .replace(/\[[^\]]*\]|\([^)]*\)/g, '')
      .trim()
      .split(/\s+/)[0]
      .replace(/\.$/, '');
    if (host && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) f.remoteHost = host.toLowerCase();
    if (ip) f.remoteIp = ip[1];
  }
  const diagnostic = typedValue(fields['diagnostic-code'] ?? '');
  if (diagnostic.value) {
    f.diagnostic = diagnostic.value;
    f.diagnosticType = diagnostic.type.toUpperCase();
    const span = spans['diagnostic-code'];
    // The highlight starts at the reply itself, after the "smtp;" type.
    const typeLength =
      fields['diagnostic-code'].length -
      fields['diagnostic-code'].replace(/^[A-Za-z0-9-]+\s*;\s*/, '').length;
    if (span) f.diagnosticRange = { start: span.start + (diagnostic.type ? typeLength : 0), end: span.end };
  }
  const reply = /^\s*([245]\d\d)\b/.exec(f.diagnostic ?? '');
  if (reply && f.diagnosticType !== 'X-UNIX') f.replyCode = reply[1];
  const command = /in reply to (?:end of )?([A-Z]{4})\b/i.exec(f.diagnostic ?? '');
  if (command) f.command = asCommand(command[1]);
}
