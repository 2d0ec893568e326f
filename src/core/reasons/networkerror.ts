import type { ReasonPhrases } from './types';

// The path to the recipient's server failed: DNS lookups, routing, a mail loop.
export const networkerror: ReasonPhrases = {
  reason: 'networkerror',
  phrases: [
    'could not connect and send the mail to',
    'dns records for the destination computer could not be found',
    'hop count exceeded - possible mail loop',
    'hop count exceeded',
    'host is unreachable',
    'host name lookup failure',
    'host not found, try again',
    'mail forwarding loop for ',
    'malformed name server reply',
    'malformed or unexpected name server reply',
    'maximum forwarding loop count exceeded',
    'message looping',
    'message probably in a routing loop',
    'routing loop detected',
    'mail loop detected',
    // OpenSMTPD: "Network error on destination MXs".
    'network error on destination',
    'suspected mail loop',
    'no route to host',
    'too many hops',
    'unable to resolve route ',
    'unrouteable mail domain',
    // Google Workspace's DNS failures: "... responded with code NXDOMAIN", "... had no relevant answers".
    'responded with code nxdomain',
    'had no relevant answers',
  ],
  // "Message exceeded 50 hops" (Gmail's loop message).
  patterns: [/exceeded \d+ hops/],
};
