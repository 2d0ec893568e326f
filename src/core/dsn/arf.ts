// ARF feedback reports (RFC 5965): a recipient marked a message as spam, and their provider's
// feedback loop tells the sender. Not a delivery failure: reason "feedback".

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { type HeaderMap, header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { squeeze } from '../text/lines';

const FEEDBACK_TYPE = /^Feedback-Type:\s*([A-Za-z0-9-]+)/im;

/** True when the message is a feedback report, by its MIME type or its fields. */
export function isFeedbackReport(doc: Doc, contentType: string): boolean {
  if (/report-type=["']?feedback-report/i.test(contentType)) return true;
  // Microsoft's older JMRP reports: a complaint wrapper around the reported message.
  if (
    /complaint about message from/i.test(doc.subject) &&
    /staff@hotmail\.com|complaints@.*amazonses/i.test(doc.from)
  )
    return true;
  return (
    doc.pasted &&
    FEEDBACK_TYPE.test(doc.text.slice(doc.start, doc.reportEnd)) &&
    /User-Agent:|Version:\s*1/i.test(doc.text)
  );
}

export function readFeedback(doc: Doc): Finding[] {
  const zone = doc.text.slice(doc.start, doc.reportEnd);
  const feedbackType =
    FEEDBACK_TYPE.exec(zone)?.[1]?.toLowerCase() ??
    (doc.original?.has('x-hmxmroriginalrecipient') ? 'abuse' : 'abuse');
  const findings: Finding[] = [];
  const base = (): Finding => ({
    reason: 'feedback',
    feedbackType,
    diagnostic: introOf(doc, zone),
    status: '',
  });
  for (const m of zone.matchAll(/^(?:Original-Rcpt-To|Removal-Recipient):\s*<?([^>\s]+)>?/gim)) {
    findings.push({ ...base(), recipient: cleanAddress(m[1]) });
  }
  const redacted = /^Redacted-Address:\s*(\S+)/im.exec(zone);
  if (!findings.length && redacted) findings.push({ ...base(), recipient: null });
  if (!findings.length) findings.push({ ...base(), recipient: recipientFromOriginal(doc.original) });
  const source = /^Source-IP:\s*([0-9A-Fa-f:.]+)/im.exec(zone)?.[1];
  const reporting = /^Reporting-MTA:\s*(?:dns;\s*)?(\S+)/im.exec(zone)?.[1];
  for (const f of findings) {
    f.remoteIp = source ?? null;
    f.reportingHost = reporting ?? null;
  }
  return findings;
}

function recipientFromOriginal(original: HeaderMap | null): string | null {
  if (!original) return null;
  return cleanAddress(header(original, 'x-hmxmroriginalrecipient')) ?? cleanAddress(header(original, 'to'));
}

/** The report's own first sentence ("This is an email abuse report …"), as its diagnostic. */
function introOf(doc: Doc, zone: string): string {
  const intro = /^(This is an? .{0,200}(?:report|complaint).*)$/im.exec(zone)?.[1];
  if (intro) return squeeze(intro);
  const firstLine = doc.lines.find((l) => l.text.trim())?.text;
  return squeeze(firstLine || doc.subject || 'Feedback report');
}

/**
 * Apple Mail's one-click unsubscribe sends the list an ordinary-looking message marked
 * "X-Apple-Unsubscribe: true": the recipient (its sender) asks to be taken off. That is
 * feedback about the mailing, not a delivery failure.
 */
export function isUnsubscribeRequest(doc: Doc): boolean {
  return /^true$/i.test(header(doc.headers, 'x-apple-unsubscribe'));
}

export function readUnsubscribe(doc: Doc): Finding[] {
  return [
    {
      recipient: cleanAddress(doc.from),
      reason: 'feedback',
      feedbackType: 'opt-out',
      status: '',
      diagnostic: introOf(doc, ''),
    },
  ];
}
