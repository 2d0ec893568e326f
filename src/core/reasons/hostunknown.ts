import type { ReasonPhrases } from './types';

// The recipient's domain does not exist or has no mail host at all.
export const hostunknown: ReasonPhrases = {
  reason: 'hostunknown',
  phrases: [
    'domain does not exist',
    'domain is not reachable',
    'domain must exist',
    'host or domain name not found',
    'host unknown',
    'host unreachable',
    'mail domain mentioned in email address is unknown',
    'name or service not known',
    'no such domain',
    'recipient address rejected: unknown domain name',
    'recipient domain must exist',
    'the account or domain may not exist',
    'unknown host',
    'unroutable address',
    'unrouteable address',
    "we weren't able to find the recipient domain",
    'all host address lookups failed permanently',
    'all relevant mx records point to non-existent hosts',
    // Postfix's "Recipient address rejected: Domain not found" (the sender's own domain is
    // rejected wording and is decided before this).
    'domain not found',
  ],
  // "553 example.org does not exist" (a reply that names only the domain).
  patterns: [/553 [^ ]+ does not exist/],
};
