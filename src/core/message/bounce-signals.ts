// Does a complete message present itself as a bounce? A report is judged as a whole: an
// ordinary message that merely quotes an SMTP error (a code review, a ticket, a newsletter)
// is not one. These are the marks a delivery report carries in its headers.

import type { Doc } from '../doc';
import { header } from './headers';

const DAEMON_SENDER =
  /(?:mailer-daemon|postmaster|mail ?delivery ?(?:system|subsystem|service)|mail administrator|mdaemon|mailer_daemon|bounce[sd]?@|nobody@|noreply-dmarc|double-?bounce|delivery[- ]?(?:status|notification)|microsoft ?outlook|mail ?delivery ?failure)/i;

const BOUNCE_SUBJECT =
  /(?:undeliver|undelivered mail|returned mail|delivery status notification|delivery (?:failure|failed|problem|notification|report|incomplete|delayed)|failure notice|mail delivery failed|failed delivery|non[- ]?remis|non recapitabile|unzustellbar|olevererbart|onbestelbaar|no se puede entregar|message (?:not delivered|you sent blocked)|returned to sender|could not (?:be )?deliver|mail system error|warning: could not send|notice: mail delivery status|delivery_failure|permanent delivery failure|there was an error sending|sorry,? your message|loop alert|mail failure|message delivery|nondelivery|non-delivery|aws notification|email feedback|abuse report|complaint about)/i;

export function looksLikeBounce(doc: Doc, contentType: string): boolean {
  if (/report-type=["']?(?:delivery-status|feedback-report)/i.test(contentType)) return true;
  if (doc.reportParts.length > 0) return true;
  const h = doc.headers;
  if (h.has('x-failed-recipients')) return true;
  if (/^yes$/i.test(header(h, 'x-ms-exchange-message-is-ndr'))) return true;
  if (DAEMON_SENDER.test(doc.from)) return true;
  if (BOUNCE_SUBJECT.test(doc.subject)) return true;
  const returnPath = header(h, 'return-path');
  return returnPath === '<>' && /(?:mailer|daemon|postmaster|delivery)/i.test(doc.text.slice(0, 2000));
}

/** A read receipt (MDN) is about reading, never about delivery. */
export function isReadReceipt(doc: Doc, contentType: string): boolean {
  return (
    /report-type=["']?disposition-notification/i.test(contentType) ||
    /^Disposition:\s*\S+\/\S+;/im.test(doc.text.slice(0, 20000))
  );
}
