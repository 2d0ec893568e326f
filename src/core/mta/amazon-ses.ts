// Amazon SES, the sending service. It reports in two ways:
//  - a bounce email: "An error occurred while trying to deliver the mail to the following
//    recipients:" (older ones: "The following message to <…> was undeliverable."), then a
//    standard delivery-status part;
//  - a notification sent through SNS (subject "AWS Notification Message"): a JSON document with
//    notificationType (or eventType) Bounce, Complaint or Delivery. SNS email wraps long lines
//    by ending them with "!" and starting the next one with a space.
// Amazon WorkMail writes the same first sentence but adds "Technical report:"; it has its own
// reader.

import type { Doc, Range } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { findReply } from '../smtp/reply';
import { findStatus } from '../smtp/status';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

const NOTICE = 'An error occurred while trying to deliver the mail to the following recipients:';
const OLD_NOTICE = /^The following message to <([^>\s]+)> was undeliverable\./;
const MAX_JSON = 2 * 1024 * 1024;
// How far after a recipient's address its other values are looked for.
const ENTRY_WINDOW = 64 * 1024;

export const amazonSes: MailSystem = {
  name: 'Amazon SES',
  recognise(doc) {
    if (isNotification(doc)) return true;
    if (isWorkMail(doc)) return false;
    const h = doc.headers;
    const marked = h.has('x-ses-outgoing') || h.has('x-aws-outgoing') || /amazonses\.com\b/i.test(doc.from);
    const notice = doc.lines.some((l) => l.text.startsWith(NOTICE) || OLD_NOTICE.test(l.text));
    return notice || (marked && /^Reporting-MTA:[^\n]*amazonses\.com/im.test(zone(doc)));
  },
  read: neverThrows((doc, dsn) => {
    const notified = isNotification(doc) ? readNotification(doc) : [];
    return notified.length ? notified : readBounceMail(doc, dsn);
  }),
};

/** WorkMail's reports look like SES ones; these marks tell them apart. */
export function isWorkMail(doc: Doc): boolean {
  const mailer = header(doc.headers, 'x-original-mailer') || header(doc.headers, 'x-mailer');
  if (mailer.includes('Amazon WorkMail')) return true;
  return doc.lines.some((l) => l.text.startsWith('Technical report:') || l.text.includes('Amazon WorkMail'));
}

const zone = (doc: Doc): string => doc.text.slice(doc.start, doc.reportEnd);

function isNotification(doc: Doc): boolean {
  const head = doc.text.slice(doc.start, doc.start + 20000);
  return head.includes('notificationType') || (head.includes('"eventType"') && head.includes('"mail"'));
}

// --- the bounce email -----------------------------------------------------------------------

function readBounceMail(doc: Doc, dsn: DsnReport): Finding[] {
  if (dsn.recipients.length) {
    return dsn.recipients.map((d) => {
      const f: Finding = { ...d };
      const diagnostic = f.diagnostic ?? '';
      if (!f.status || /^[45]\.[01]\.0$/.test(f.status)) f.status = serverStatus(diagnostic) ?? f.status;
      // SES's own wording when it gave up retrying.
      if (diagnostic.includes('Delivery expired')) f.reason = 'expired';
      return f;
    });
  }
  // No delivery-status part (a partial paste): the recipients the notice lists.
  const out: Finding[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const old = OLD_NOTICE.exec(lines[i].text);
    if (old) {
      const next = explanationAfter(lines, i);
      const f: Finding = {
        recipient: cleanAddress(old[1]),
        block: { start: lines[i].start, end: lineEnd(lines[i]) },
      };
      if (next) {
        f.diagnostic = squeeze(next.text);
        f.diagnosticRange = { start: next.start, end: lineEnd(next) };
        f.status = serverStatus(f.diagnostic);
      }
      out.push(f);
      continue;
    }
    if (!lines[i].text.startsWith(NOTICE)) continue;
    for (let j = i + 1; j < lines.length && lines[j].text.trim() !== '' && out.length < MAX_RECIPIENTS; j++) {
      const recipient = cleanAddress(lines[j].text.trim());
      if (!recipient || /\s/.test(lines[j].text.trim())) break;
      out.push({ recipient, action: 'failed', block: { start: lines[j].start, end: lineEnd(lines[j]) } });
    }
  }
  return out;
}

/** The first line with text after the old notice's line, past its "The reason for the problem:" label. */
function explanationAfter(lines: readonly Line[], at: number): Line | undefined {
  for (let i = at + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() !== '' && !t.startsWith('The reason for the problem:')) return lines[i];
  }
  return undefined;
}

/**
 * Older reports summarise with a generic code and quote the server's own:
 * "5.1.0 - Unknown address error 550-'5.1.1 <…>: Recipient address rejected …'".
 */
function serverStatus(diagnostic: string): string | undefined {
  const quoted = /["'](\d\.\d{1,3}\.\d{1,3}\b[^"']*)["']/.exec(diagnostic);
  return findStatus(quoted ? quoted[1] : diagnostic)?.value;
}

// --- the JSON notification ------------------------------------------------------------------

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** A list of recipients, at most as many as a report is read for. */
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, MAX_RECIPIENTS) : []);

// bounceType / bounceSubType pairs that name a reason by themselves. The others (General,
// Undetermined, ContentRejected …) leave it to the server's reply.
const BOUNCE_TYPES: Record<string, Reason> = {
  'Permanent/NoEmail': 'userunknown',
  'Permanent/Suppressed': 'suppressed',
  'Permanent/OnAccountSuppressionList': 'suppressed',
  'Transient/MailboxFull': 'mailboxfull',
  'Transient/MessageTooLarge': 'mesgtoobig',
};
// DeliveryDelay events name the kind of delay.
const DELAY_TYPES: Record<string, Reason> = {
  MailboxFull: 'mailboxfull',
  SpamDetected: 'spamdetected',
  TransientCommunicationFailure: 'networkerror',
};

function readNotification(doc: Doc): Finding[] {
  const payload = parsePayload(doc);
  if (!payload) return [];
  const kind = str(payload.notificationType) || str(payload.eventType);
  const locator = new Locator(doc);

  if (kind === 'Bounce') {
    const bounce = obj(payload.bounce);
    if (!bounce) return [];
    locator.seek('bouncedRecipients');
    const stated = BOUNCE_TYPES[`${str(bounce.bounceType)}/${str(bounce.bounceSubType)}`];
    const reporting = reportingHost(bounce.reportingMTA);
    return list(bounce.bouncedRecipients).flatMap((entry) => {
      const f = listedRecipient(locator, entry, stated);
      if (!f) return [];
      f.action = str(obj(entry)?.action).toLowerCase() || 'failed';
      if (reporting) f.reportingHost = reporting;
      if (str(bounce.remoteMtaIp)) f.remoteIp = str(bounce.remoteMtaIp);
      return [f];
    });
  }
  if (kind === 'DeliveryDelay') {
    const delay = obj(payload.deliveryDelay);
    if (!delay) return [];
    locator.seek('delayedRecipients');
    const stated = DELAY_TYPES[str(delay.delayType)];
    const reporting = reportingHost(delay.reportingMTA);
    return list(delay.delayedRecipients).flatMap((entry) => {
      const f = listedRecipient(locator, entry, stated);
      if (!f) return [];
      f.action = 'delayed';
      if (reporting) f.reportingHost = reporting;
      return [f];
    });
  }
  if (kind === 'Complaint') {
    const complaint = obj(payload.complaint);
    if (!complaint) return [];
    locator.seek('complainedRecipients');
    const feedbackType = str(complaint.complaintFeedbackType) || 'abuse';
    return list(complaint.complainedRecipients).flatMap((entry) => {
      const recipient = cleanAddress(str(obj(entry)?.emailAddress));
      if (!recipient) return [];
      const at = locator.find(recipient);
      return [{ recipient, reason: 'feedback' as Reason, feedbackType, ...(at ? { block: at } : {}) }];
    });
  }
  if (kind === 'Delivery') {
    const delivery = obj(payload.delivery);
    if (!delivery) return [];
    locator.seek(/delivery\\*"\s*:/g);
    locator.seek('recipients');
    const response = str(delivery.smtpResponse);
    return list(delivery.recipients).flatMap((entry) => {
      const recipient = cleanAddress(str(entry));
      if (!recipient) return [];
      const f = withDiagnostic(locator, recipient, response);
      f.action = 'delivered';
      f.reason = 'delivered';
      const status = findStatus(response);
      if (status) f.status = status.value;
      const reply = findReply(response);
      if (reply) f.replyCode = reply.value;
      const reporting = reportingHost(delivery.reportingMTA);
      if (reporting) f.reportingHost = reporting;
      if (str(delivery.remoteMtaIp)) f.remoteIp = str(delivery.remoteMtaIp);
      return [f];
    });
  }
  return [];
}

/** "dsn; a27-33.smtp-out.us-west-2.amazonses.com" (or "dns; …", or bare) → the host name. */
function reportingHost(value: unknown): string | null {
  const v = str(value)
    .replace(/^\s*[a-z]+\s*;\s*/i, '')
    .trim();
  return v ? v.split(/\s/)[0].toLowerCase() : null;
}

/** A bounced or delayed recipient of a notification: address, reply, status, the stated reason. */
function listedRecipient(locator: Locator, entry: unknown, stated: Reason | undefined): Finding | null {
  const r = obj(entry);
  const recipient = cleanAddress(str(r?.emailAddress));
  if (!r || !recipient) return null;
  const f = withDiagnostic(locator, recipient, str(r.diagnosticCode));
  const status = /^[245]\.\d{1,3}\.\d{1,3}$/.exec(str(r.status).trim());
  if (status) f.status = status[0];
  if (stated) f.reason = stated;
  return f;
}

/** A finding for one recipient with its diagnostic ("smtp; 550 …" → type and text). */
function withDiagnostic(locator: Locator, recipient: string, code: string): Finding {
  const f: Finding = { recipient };
  const at = locator.find(recipient);
  const typed = /^([A-Za-z][A-Za-z0-9-]*)\s*;\s*([\s\S]*)$/.exec(code.trim());
  const written = (typed ? typed[2] : code).trim();
  if (written) {
    f.diagnostic = squeeze(written);
    if (typed) f.diagnosticType = typed[1].toUpperCase();
    const range = locator.findValue(written, at?.end ?? 0);
    if (range) f.diagnosticRange = range;
  }
  if (at) f.block = { start: at.start, end: Math.max(at.end, f.diagnosticRange?.end ?? 0) };
  return f;
}

/**
 * Finds the notification's JSON (the whole body, or embedded in other text), undoes SNS
 * wrapping and parses it. Each "{" up to the notification's own key is tried as the start.
 */
function parsePayload(doc: Doc): Json | null {
  const key = doc.text.slice(doc.start, doc.start + MAX_JSON).search(/notificationType|"eventType"/);
  const limit = key < 0 ? doc.start : doc.start + key;
  let tries = 0;
  for (let from = doc.text.indexOf('{', doc.start); from >= 0 && from <= limit && tries < 20; tries++) {
    const raw = doc.text.slice(from, from + MAX_JSON);
    for (const candidate of [raw.replace(/!\r?\n /g, ''), raw]) {
      const payload = payloadOf(balanced(candidate));
      if (payload) return payload;
    }
    from = doc.text.indexOf('{', from + 1);
  }
  return null;
}

function payloadOf(json: string | null): Json | null {
  if (!json) return null;
  let parsed: Json | null = null;
  try {
    parsed = obj(JSON.parse(json));
    // An SNS envelope carries the SES notification as a string in "Message".
    if (parsed && typeof parsed.Message === 'string') parsed = obj(JSON.parse(parsed.Message));
  } catch {
    return null;
  }
  if (!parsed) return null;
  // EventBridge wraps SES events in "detail".
  const detail = obj(parsed.detail);
  if (!parsed.notificationType && !parsed.eventType && detail) parsed = detail;
  return parsed.notificationType || parsed.eventType ? parsed : null;
}

/** The first complete JSON object at the start of text (braces inside strings ignored). */
function balanced(text: string): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return null;
}

/**
 * Finds values of the parsed JSON in the text as written, for highlights: in order, starting
 * at a key, as plain text or with the escaping one or two levels of JSON strings add.
 */
class Locator {
  private doc: Doc;
  private lower: string;
  private pos: number;
  constructor(doc: Doc) {
    this.doc = doc;
    // Lower-case ASCII only, so offsets stay those of the text.
    this.lower = doc.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    this.pos = doc.start;
  }
  seek(key: string | RegExp): void {
    let at = -1;
    if (typeof key === 'string') {
      at = this.doc.text.indexOf(key, this.pos);
    } else {
      key.lastIndex = this.pos;
      at = key.exec(this.doc.text)?.index ?? -1;
    }
    if (at >= 0) this.pos = at;
  }
  /** The next occurrence of a recipient; later ones are looked for after it. */
  find(address: string): Range | null {
    const at = this.lower.indexOf(address.toLowerCase(), this.pos);
    if (at < 0) return null;
    this.pos = at + address.length;
    return { start: at, end: at + address.length };
  }
  /** A value within the recipient's entry, which starts at `from`. */
  findValue(value: string, from: number): Range | null {
    const once = JSON.stringify(value).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    const begin = Math.max(from, this.doc.start);
    // Only the next stretch of text can hold the entry: searching further for a value written
    // in some other way would scan the rest of the text for every recipient.
    const window = this.doc.text.slice(begin, begin + ENTRY_WINDOW + twice.length);
    for (const form of [value, once, twice]) {
      const at = window.indexOf(form);
      if (at >= 0) return { start: begin + at, end: begin + at + form.length };
    }
    return null;
  }
}
