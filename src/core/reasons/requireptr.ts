import type { ReasonPhrases } from './types';

// The sending IP address has no reverse DNS (PTR) name, a generic one, or one that does not
// resolve back to the same address: a setting of the sender's DNS, not of the message.
export const requireptr: ReasonPhrases = {
  reason: 'requireptr',
  phrases: [
    'ptr record',
    'ptr resource record',
    'ptr-record',
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
  // "DNS lookup failure: <host> try again later", a failed forward-confirmed lookup.
  patterns: [/dns lookup failure: [^ ]+ try again later/],
};
