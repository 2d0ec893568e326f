import type { ReasonPhrases } from './types';

// The sender's domain failed SPF, DKIM or DMARC (or several of them): the receiving side could
// not confirm that the sending server may send for that domain. Only domain-authentication
// wording belongs here; a failed SMTP AUTH login is securityerror, a missing PTR requireptr.
export const authfailure: ReasonPhrases = {
  reason: 'authfailure',
  phrases: [
    // DMARC, as Gmail, iCloud, Mail.ru, Zoho, Comcast and Microsoft word it ("rejected due to
    // example.org's DMARC policy", "does not pass DMARC verification", "DMARC check failed").
    'dmarc policy',
    'dmarc verification',
    'dmarc check failed',
    'dmarc validation',
    'rejected due to dmarc',
    'failed dmarc',
    'dmarc sender invalid',
    // Gmail's unauthenticated-mail replies (4.7.26/5.7.26/4.7.27/4.7.30/4.7.32) and Yahoo's.
    'unauthenticated email from',
    'does not have authentication information',
    'fails to pass authentication checks',
    'to authenticate with either spf or dkim',
    'to authenticate with spf',
    'to authenticate with dkim',
    'authenticate with both spf and dkim',
    'sender is unauthenticated',
    'aligned with either the authenticated spf or dkim',
    'has an spf record with a hard fail policy',
    'spf record of the sending domain',
    // Microsoft: 5.7.23 and the 2025 high-volume rule (5.7.515).
    'sender policy framework violation',
    "doesn't meet the required authentication level",
    // SPF in other receivers' words.
    'sender policy framework (spf) fail',
    'spf (sender policy framework) domain authentication fail',
    'spf check: fail',
    'spf check failed',
    'spf validation failed',
    'spf verification failed',
    'failed spf',
    'spf fail',
    'spf sender invalid',
    'reject due to spf policy',
    'bad spf records for',
    'please inspect your spf settings',
    'invalid spf record',
    'spf.pobox.com/why',
    "per it's spf record",
    'per its spf record',
    // DKIM.
    'dkim sender invalid',
    'dkim check failed',
    'dkim verification failed',
    'dkim validation failed',
    'no valid dkim signature',
    'failing both spf and dkim',
  ],
  // Orange/La Poste end an SPF refusal with a tag ending in 401 ("... is not allowed to send
  // mail. LPN007_401").
  patterns: [
    /is not allowed to send mail\..{0,80}_401\b/,
    // The check named and failed a word or two later, however a server phrases it: "SPF check
    // failed", "DKIM signature verification failed", "SPF authentication failure", "dmarc=fail".
    /\b(?:spf|dkim|dmarc)(?:[ =][a-z-]+){0,2}[ =]fail/,
  ],
};
