import type { ReasonPhrases } from './types';

// The server will not pass the message on for that domain: it is not the domain's mail server,
// or relaying needs a login the sender did not give.
export const norelaying: ReasonPhrases = {
  reason: 'norelaying',
  phrases: [
    'as a relay',
    'insecure mail relay',
    'is not permitted to relay through this server without authentication',
    'mail server requires authentication when attempting to send to a non-local e-mail address',
    'not a gateway',
    'not allowed to relay through this machine',
    'not an open relay, so get lost',
    'not local host',
    'open relay not allowed',
    'relay access denied',
    'relay denied',
    'relaying mail to ',
    'relay not permitted',
    'relaying denied',
    'relaying disallowed',
    'relaying not allowed',
    'no relaying',
    "that domain isn't in my list of allowed rcpthost",
    'this system is not configured to relay mail',
    'unable to relay',
    "we don't handle mail for",
  ],
};
