import type { ReasonPhrases } from './types';

// The sending IP address has no reverse DNS (PTR) name, a generic one, or one that does not
// resolve back to the same address: a setting of the sender's DNS, not of the message.
export const requireptr: ReasonPhrases = {
  reason: 'requireptr',
  phrases: [
    'no reverse dns',
    'fix reverse dns',
    'reverse dns failed',
    'reverse dns required',
    'reverse dns entry',
    'reverse dns record',
    'reverse dns name',
    'reverse dns lookup for host',
    'invalid reverse dns',
    'reverse hostname',
    'cannot find your hostname',
    'cannot resolve your address',
    'ip name lookup failed',
    'sender ip reverse lookup rejected',
    'invalid rdns',
    'no rdns',
    'c=rdns',
    'unresolvable relay host name',
    'unverifyable sending ip',
    'unverifiable sending ip',
    // Gmail 4.7.23/5.7.25: "... or the corresponding forward DNS entry does not match the sending IP".
    'corresponding forward dns entry',
    // Sendmail's "Domain name mismatches client IP" check.
    ' mismatches client ip',
    // AT&T's wording for a sending IP without a usable PTR name.
    'connections not accepted from servers without a valid sender domain',
  ],
  patterns: [
    // The PTR record named as missing or wrong ("571 No PTR record found", "does not have a PTR
    // record setup", "Bad DNS PTR resource record", "PTR record not found"), not merely named:
    // a content refusal may advise "set up SPF, DKIM and PTR records".
    /\b(?:no|missing|invalid|bad|generic|without an?|have an?|lacks an?|requires? an?|needs? an?)(?: valid| proper| matching)? (?:dns |rdns |reverse dns )?ptr\b/,
    /\bptr(?:[- ]resource)?[- ]records? (?:not found|is missing|missing|lookup failed|lookup failure|does not match|doesn't match|mismatch)/,
    /reverse dns \(ptr\)/,
    // "DNS lookup failure: <host> try again later", a failed forward-confirmed lookup.
    /dns lookup failure: [^ ]+ try again later/,
  ],
};
