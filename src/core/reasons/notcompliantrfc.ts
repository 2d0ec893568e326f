import type { ReasonPhrases } from './types';

// The message itself breaks RFC 5322 (or RFC 5321's line rules): a missing or repeated header
// field, several addresses in From:, a missing Message-ID, bare line feeds.
export const notcompliantrfc: ReasonPhrases = {
  reason: 'notcompliantrfc',
  phrases: [
    'rfc 5322 compliant',
    'rfc5322 compliant',
    // Microsoft 5.7.512: "must be RFC 5322 section 3.6.2 compliant".
    'rfc 5322 section 3.6',
    'rfcmessagenoncompliant',
    'not rfc compliant',
    'not rfc 5322',
    'not rfc-5322',
    'duplicate header',
    'multiple addresses in from',
    'missing a valid address in from',
    'valid message-id',
    'missing message-id',
    'no message-id',
    'bare lf',
    'bare linefeed',
    'bare line feed',
    'barelinefeed',
    'encoded-word syntax is not permitted',
  ],
};
