// SMTP reply codes (RFC 5321): three digits, 2xx success, 4xx temporary, 5xx permanent.

import type { Found } from './status';

// A reply code starts a reply: at the start of the text or a line, after "said:", "smtp;",
// "<<<" and the like, and is followed by a space, a hyphen (a multi-line reply) or the end.
const LEADING = /(?:^|[\s;:>(\]"'])([245][0-5]\d)(?=[ -]|$)/m;
// IPv4 addresses must never be mistaken for codes ("192.0.2.250").
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** The first SMTP reply code in `text`, or null. */
export function findReply(text: string): Found | null {
  const masked = text.replace(IPV4, (ip) => '#'.repeat(ip.length));
  const m = LEADING.exec(masked);
  if (!m) return null;
  return { value: m[1], index: m.index + m[0].length - 3 };
}
