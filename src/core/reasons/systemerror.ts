import type { ReasonPhrases } from './types';

// The receiving system failed on its side: a configuration error, a loop it detected, an
// internal error, a service that is down.
export const systemerror: ReasonPhrases = {
  reason: 'systemerror',
  phrases: [
    'aliasing/forwarding loop broken',
    "can't create user output file",
    'could not load drd for domain',
    'internal error reading data',
    'internal server error: operation now in progress',
    'interrupted system call',
    'it encountered an error while being processed',
    'it would create a mail loop',
    'local configuration error',
    'local error in processing',
    'loop was found in the mail exchanger',
    'loops back to myself',
    'queue file write error',
    'mail system configuration error',
    'remote server is misconfigured',
    'server configuration error',
    'service currently unavailable',
    'system config error',
    'temporary local problem',
    'timeout waiting for input',
    'transaction failed',
    'temporary system problem',
    'mail server temporarily rejected message',
    // The receiver's blocklist lookups fail, not the sender: Spamhaus refuses queries through
    // public resolvers ("Error: open resolver; https://check.spamhaus.org/returnc/pub/…").
    'error: open resolver',
    'spamhaus.org/returnc/',
    '127.255.255.25',
  ],
};
