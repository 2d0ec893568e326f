// Proofpoint (enterprise gateways *.pphosted.com, Proofpoint Essentials *.ppe-hosted.com).
// It sits in front of other mailbox providers, so it is recognised before them. Its own replies
// are few: a reputation block pointing at its lookup page, and a generic "Local Policy
// Violation" for whatever policy the protected organisation set (FACTS §5.6).

import type { Provider } from './types';

export const proofpoint: Provider = {
  key: 'proofpoint',
  id: 'proofpoint',
  name: 'Proofpoint',
  // mx0a-001b2d01.pphosted.com, mx1-us1.ppe-hosted.com
  hosts: ['pphosted.com', 'ppe-hosted.com', 'ppops.net'],
  markers: ['ipcheck.proofpoint.com', 'dnsbl-lookup.cgi', 'proofpoint.com/dnsbl'],
  rules: [
    // "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1": Proofpoint Dynamic
    // Reputation.
    {
      match: /(?:ipcheck\.proofpoint\.com|dnsbl-lookup\.cgi|blocked - see https?:\/\/)/,
      reason: 'blocked',
      code: 'PDR',
    },
    // The protected organisation's own policy refused it; only its admin can see which one.
    {
      match: 'local policy violation',
      reason: 'policyviolation',
      who: { primary: 'recipientAdmin', secondary: 'senderAdmin' },
    },
  ],
};
