// Gmail's and Google Workspace's current notices (since about 2016), from
// mailer-daemon@googlemail.com: a headline between asterisks ("** Address not found **",
// "** Message not delivered **", "** Delivery incomplete **"), a sentence naming the
// recipient ("Your message wasn't delivered to X because …", "There was a problem
// delivering your message to X."), then "The response from the remote server was:" or
// "The response was:" with the reply, and a delivery-status part (whose Final-Recipient
// Gmail writes twice).

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, type Line, lineEnd, squeeze } from '../text/lines';
import { lineSlice, MAX_RECIPIENTS, neverThrows, type PhraseTable, reasonFromPhrases } from './common';
import { remoteFrom } from './gmail';
import type { MailSystem } from './types';

const HEADLINE = /^\s*\*\* .{3,80} \*\*\s*$/;
const RESPONSE = /^\s*The response(?: from the remote server)? was\s*:\s*/i;
// The sentence that names the recipient, in English; other languages fall back to the DSN.
const NAMES_RECIPIENT =
  /^\s*(?:Your message wasn.t delivered to|There was a (?:temporary )?problem delivering your message to|Your message to) ([^\s@]{1,128}@[^\s@]{1,255}?)(?:\s|[.,;:]\s|[.,;:]?$)/i;
const TEMPORARY = /^\s*There was a temporary problem/i;
const DSN_FIELD =
  /^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|Arrival-Date|Last-Attempt-Date|Received-From-MTA|X-Original-Message-ID)\s*:/i;

// Google's own wording, each naming its category.
const OWN_WORDING: PhraseTable = [
  [
    'userunknown',
    ["because the address couldn't be found. Check for typos or unnecessary spaces and try again."],
  ],
  ['notaccept', ['Null MX']],
  ['networkerror', [' had no relevant answers.', ' responded with code NXDOMAIN']],
];

const MAX_LINE = 400;

function recognise(doc: Doc): boolean {
  let headline = false;
  let sentence = false;
  for (const l of doc.lines) {
    if (l.text.length > MAX_LINE) continue;
    if (HEADLINE.test(l.text)) headline = true;
    else if (NAMES_RECIPIENT.test(l.text) || RESPONSE.test(l.text)) sentence = true;
    if (headline && sentence) return true;
  }
  // A paste that lost the asterisks still has Google's subject and sentences.
  if (!sentence || doc.lines.some((l) => /^\s*Technical details of/i.test(l.text))) return false;
  return (
    /^Delivery Status Notification \((?:Failure|Delay)\)/i.test(doc.subject) ||
    doc.lines.some((l) => /mailer-daemon@google(?:mail)?\.com/i.test(l.text))
  );
}

function read(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  let named: { address: string; line: Line } | null = null;
  let response: { start: number; end: number } | null = null;
  let temporary = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > MAX_LINE) continue;
    if (TEMPORARY.test(t) || t.includes('Gmail will retry')) temporary = true;
    const m: RegExpExecArray | null = named ? null : NAMES_RECIPIENT.exec(t);
    const address: string | null = m ? cleanAddress(m[1]) : null;
    if (address) named = { address, line: lines[i] };
    const r = response ? null : RESPONSE.exec(t);
    if (r) response = responseFrom(doc, i, r[0].length);
  }

  // Recipients: those the delivery-status part lists (once each), else the one named.
  const addresses = [
    ...new Set(dsn.recipients.map((d) => d.recipient).filter((a): a is string => !!a)),
  ].slice(0, MAX_RECIPIENTS);
  if (!addresses.length && named) addresses.push(named.address);
  const entries = fullestEntries(dsn);
  const responseText = response ? squeeze(doc.text.slice(response.start, response.end)) : '';
  // Recipients mostly share one diagnostic: the server and the wording in it are read once.
  const readings = new Map<string, Finding>();
  const readingOf = (diagnostic: string): Finding => {
    let reading = readings.get(diagnostic);
    if (!reading) {
      reading = { recipient: null };
      remoteFrom(diagnostic, reading);
      reading.reason = reasonFromPhrases(`${named?.line.text ?? ''} ${diagnostic}`, OWN_WORDING);
      readings.set(diagnostic, reading);
    }
    return reading;
  };

  return addresses.map((recipient) => {
    const f: Finding = { recipient, action: temporary ? 'delayed' : undefined };
    const entry = entries.get(recipient);
    if (entry) {
      f.action = entry.action ?? f.action;
      f.status = entry.status;
      f.remoteHost = entry.remoteHost;
      f.remoteIp = entry.remoteIp;
      f.fields = entry.fields;
      f.alsoIn = entry.block ? [entry.block] : undefined;
    }
    if (named && named.address === recipient) f.block = { start: named.line.start, end: lineEnd(named.line) };
    if (response) {
      f.diagnostic = responseText;
      f.diagnosticRange = response;
    } else if (entry?.diagnostic) {
      f.diagnostic = entry.diagnostic;
      f.diagnosticRange = entry.diagnosticRange;
      f.diagnosticType = entry.diagnosticType;
    } else if (named && named.address === recipient) {
      // No reply quoted: Google's sentence is the explanation.
      const said = lineSlice(named.line);
      f.diagnostic = squeeze(said.text);
      f.diagnosticRange = said.range;
    }
    const reading = readingOf(f.diagnostic ?? '');
    if (!f.remoteHost && !f.remoteIp) {
      if (reading.remoteHost !== undefined) f.remoteHost = reading.remoteHost;
      if (reading.remoteIp !== undefined) f.remoteIp = reading.remoteIp;
    }
    f.reason = reading.reason;
    return f;
  });
}

/** Gmail repeats Final-Recipient, so several groups share a recipient: the fullest of each. */
function fullestEntries(dsn: DsnReport): Map<string, Finding> {
  const fieldCount = (d: Finding) => Object.keys(d.fields ?? {}).length;
  const fullest = new Map<string, Finding>();
  for (const d of dsn.recipients) {
    if (!d.recipient) continue;
    const had = fullest.get(d.recipient);
    if (!had || fieldCount(d) > fieldCount(had)) fullest.set(d.recipient, d);
  }
  return fullest;
}

/**
 * The reply after "The response was:": on the same line or the lines below, through
 * paragraphs separated by single blank lines, up to a wider gap or the delivery-status fields.
 */
function responseFrom(doc: Doc, at: number, offset: number): { start: number; end: number } | null {
  const lines = doc.lines;
  const rest = lines[at].text.slice(offset);
  let start = rest.trim() ? lines[at].start + offset : -1;
  let end = rest.trim() ? lineEnd(lines[at]) : -1;
  let blanks = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (isBlank(lines[i])) {
      blanks++;
      if (start >= 0 && blanks > 1) break;
      continue;
    }
    if (DSN_FIELD.test(t) || /^\s*-{3,}/.test(t)) break;
    if (start < 0) start = lines[i].start + (t.length - t.trimStart().length);
    else if (blanks > 0 && start >= 0 && HEADLINE.test(t)) break;
    blanks = 0;
    end = lineEnd(lines[i]);
  }
  return start >= 0 && end > start ? { start, end } : null;
}

export const googleWorkspace: MailSystem = {
  name: 'Google Workspace',
  recognise,
  read: neverThrows(read),
};
