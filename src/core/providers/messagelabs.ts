// Broadcom/Symantec Email Security.cloud, formerly MessageLabs (*.messagelabs.com). A gateway:
// recognised before the providers it protects. Bracketed reason codes [7.x] follow its policy
// refusals (knowledge.broadcom.com article 165144).

import type { Provider } from './types';

export const messagelabs: Provider = {
  key: 'messagelabs',
  id: 'messagelabs',
  name: 'Symantec Email Security.cloud (MessageLabs)',
  // mail1.bemta25.messagelabs.com, cluster1.eu.messagelabs.com
  hosts: ['messagelabs.com', 'symanteccloud.com'],
  domains: ['messagelabs.com'],
  markers: ['messagelabs.com', 'ipremoval.sms.symantec.com', 'symanteccloud.com'],
  rules: [
    // "550-Please turn on SMTP Authentication in your mail client. … is not permitted to relay
    // through this server without authentication."
    { match: 'please turn on smtp authentication in your mail client', reason: 'securityerror' },
    // "501 Connection rejected by policy [7.7] …": IP reputation; removal at ipremoval.sms.symantec.com.
    { match: /(?:connection rejected by policy|ipremoval\.sms\.symantec\.com)/, reason: 'blocked' },
    { match: 'no such user', reason: 'userunknown' },
    // "542 kijitora@example.com Rejected": Email Security.cloud's recipient refusal.
    { match: /\b542 [^ @]+@[^ ]+ rejected/, reason: 'userunknown' },
  ],
};
