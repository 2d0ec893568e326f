// Barracuda Email Security Gateway / Email Security Service (*.barracudanetworks.com) and its
// reputation list (BRBL). A gateway: recognised before the providers it protects. Other servers
// also query BRBL ("blocked using b.barracudacentral.org"), so only the appliance's own wording
// marks Barracuda; the list name alone is left to the reason wording.

import type { Provider } from './types';

export const barracuda: Provider = {
  key: 'barracuda',
  id: 'barracuda',
  name: 'Barracuda',
  // d123456a.ess.barracudanetworks.com, *.ess.de.barracudanetworks.com
  hosts: ['barracudanetworks.com', 'barracuda.com'],
  markers: ['barracudanetworks.com/reputation', 'blocked using barracuda reputation'],
  rules: [
    // "554 Service unavailable; Client host [x] blocked using Barracuda Reputation;
    // http://www.barracudanetworks.com/reputation/?pr=1&ip=x". Some appliances check IPs taken
    // from Received headers, so the named IP can be the end user's (FACTS §8 T6).
    {
      match: /(?:barracuda reputation|barracudanetworks\.com\/reputation|barracudacentral\.org)/,
      reason: 'blocked',
      code: 'BRBL',
    },
    // "550 permanent failure for one or more recipients (user@example.com:blocked)"
    { match: /:blocked\)/, reason: 'blocked' },
    { match: /:(?:spam|quarantined)\)/, reason: 'spamdetected' },
  ],
};
