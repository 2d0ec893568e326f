// Outlook.com (formerly Hotmail / Windows Live) in the layout of the Windows SMTP service:
// subject "Delivery Status Notification (Failure)" or "(Delay)", the line "This is an
// automatically generated Delivery Status Notification.", the recipients indented under
// "Delivery to the following recipients failed." and the standard delivery-status fields.
// Only reports with Outlook.com's marks are claimed (its X-Message-Delivery / X-Message-Info
// fields, hotmail.com or outlook.com servers, its data-centre host names such as
// "BLU004-OMC3S13"); other servers writing the same layout are left to the DSN reader.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, type Line, lineEnd, squeeze } from '../text/lines';
import { lineSlice, MAX_RECIPIENTS, neverThrows, type PhraseTable, reasonFromPhrases } from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*This is an automatically generated Delivery Status Notification/i;
// Headlines over the recipient list; the last two stand in for a missing diagnostic.
const HEADLINE =
  /^\s*(?:Delivery to the following recipients failed|Delivery to the following recipients has been delayed|Unable to deliver message to the following recipients\b.*)\.?\s*$/i;
const DELAYED = /has been delayed/i;
// Gmail's older notices share the intro line but speak of a single "recipient".
const GMAIL_SIGNS =
  /^\s*(?:Technical details of (?:permanent|temporary) failure|Google tried to deliver|Delivery to the following recipient (?:failed permanently|has been delayed):)/i;

const MICROSOFT_DOMAINS = /(?:^|[.@;\s])(?:hotmail|outlook|live|msn)\.com\b/i;
// Outlook.com data-centre host names: "BLU004-OMC3S13", "BAY182-W41", "COL004-MC3F10".
const DATACENTRE_HOST = /^(?:dns;\s*)?[A-Za-z]{2,4}\d{1,4}-[A-Za-z]{1,6}\d/;

// Outlook.com's own wording, each naming its category.
const OWN_WORDING: PhraseTable = [
  ['userunknown', ['Requested action not taken: mailbox unavailable']],
  ['hostunknown', ['The mail could not be delivered to the recipient because the domain is not reachable']],
];

// Report lines short enough to be a heading or a field; longer ones are never tested.
const shortLines = (doc: Doc): Line[] => doc.lines.filter((l) => l.text.length <= 400);
const MTA_FIELD = /^\s*(?:Reporting-MTA|Received-From-MTA)\s*:\s*(.*)$/i;

/** Outlook.com's marks: its header fields, its domains, or its servers named in the report. */
function hasOutlookMarks(doc: Doc, lines: readonly Line[]): boolean {
  const h = doc.headers;
  if (h.has('x-message-delivery') || h.has('x-message-info')) return true;
  if (MICROSOFT_DOMAINS.test(doc.from) || (h.get('received') ?? []).some((r) => /\.hotmail\.com\b/i.test(r)))
    return true;
  return lines.some((l) => {
    const host = MTA_FIELD.exec(l.text)?.[1];
    return host !== undefined && (MICROSOFT_DOMAINS.test(host) || DATACENTRE_HOST.test(host.trim()));
  });
}

function recognise(doc: Doc): boolean {
  const lines = shortLines(doc);
  if (!lines.some((l) => INTRO.test(l.text)) || lines.some((l) => GMAIL_SIGNS.test(l.text))) return false;
  return hasOutlookMarks(doc, lines);
}

function read(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  const at = lines.findIndex((l) => l.text.length <= 400 && HEADLINE.test(l.text));
  const headline = at >= 0 ? lines[at] : null;
  const delayed = headline ? DELAYED.test(headline.text) : false;

  // The recipients: the delivery-status groups, else the indented list under the headline.
  const listed: { address: string; start: number; end: number }[] = [];
  if (headline) {
    for (let i = at + 1; i < lines.length && listed.length < MAX_RECIPIENTS; i++) {
      const t = lines[i].text;
      if (isBlank(lines[i])) {
        if (listed.length) break;
        continue;
      }
      const address = t.length <= 400 && /^\s+[^\s@]+@\S+\s*$/.test(t) ? cleanAddress(t) : null;
      if (!address) break;
      listed.push({ address, start: lines[i].start, end: lineEnd(lines[i]) });
    }
  }
  const recipients = dsn.recipients.length
    ? dsn.recipients.slice(0, MAX_RECIPIENTS).map((d) => d.recipient ?? '')
    : listed.map((l) => l.address);
  // The first delivery-status group and the first listed line of each recipient.
  const entries = new Map<string, Finding>();
  for (const d of dsn.recipients) if (d.recipient && !entries.has(d.recipient)) entries.set(d.recipient, d);
  const items = new Map<string, (typeof listed)[number]>();
  for (const l of listed) if (!items.has(l.address)) items.set(l.address, l);

  return recipients.map((recipient) => {
    const f: Finding = { recipient: recipient || null, action: delayed ? 'delayed' : undefined };
    const entry = entries.get(recipient);
    const item = items.get(recipient);
    if (item) f.block = { start: item.start, end: item.end };
    // Without a Diagnostic-Code the headline is all the report says about the failure.
    if (!entry?.diagnostic && headline) {
      const said = lineSlice(headline);
      f.diagnostic = squeeze(said.text);
      f.diagnosticRange = said.range;
    }
    f.reason = reasonFromPhrases(entry?.diagnostic ?? f.diagnostic ?? '', OWN_WORDING);
    return f;
  });
}

export const outlook: MailSystem = {
  name: 'Outlook.com',
  recognise,
  read: neverThrows(read),
};
