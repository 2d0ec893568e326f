import type { ReasonPhrases } from './types';

// The sending server gave up after retrying for its whole queue lifetime.
export const expired: ReasonPhrases = {
  reason: 'expired',
  phrases: [
    'connection timed out',
    'could not find a gateway for',
    'delivery attempts will continue to be',
    'delivery time expired',
    'failed to deliver to domain ',
    'giving up on',
    'have been failing for a long time',
    'has been delayed',
    'it has not been collected after',
    'message expired after sitting in queue for',
    'message expired, connection refulsed',
    'message expired',
    'message timed out',
    'retry time not reached for any host after a long failure period',
    'server did not respond',
    'this message has been in the queue too long',
    'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period',
    'your message could not be delivered for more than',
    'queue.expired',
    'retry timeout exceeded',
    // OpenSMTPD, Gmail and au (KDDI) give up in their own words.
    'envelope expired',
    'did not accept our requests to connect',
    'was not delivered within',
  ],
};
