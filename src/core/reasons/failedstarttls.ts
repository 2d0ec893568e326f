import type { ReasonPhrases } from './types';

// The session needed TLS and did not get it: the receiver demands STARTTLS (or a newer TLS
// version), or the TLS handshake or the certificate checks (MTA-STS, DANE) failed.
export const failedstarttls: ReasonPhrases = {
  reason: 'failedstarttls',
  phrases: [
    'must issue a starttls command first',
    'starttls is required',
    'starttls required',
    'starttls failed',
    'starttls failure',
    'starttls-not-supported',
    'tls required but not supported',
    'tls required',
    'tls is required',
    'requires tls',
    'requires encryption',
    'encryption is required',
    'use tls/ssl for smtp',
    'tls negotiation failed',
    'tls handshake failed',
    'could not start tls',
    'failed mta-sts validation',
    'tls version 1.2 or greater',
  ],
};
