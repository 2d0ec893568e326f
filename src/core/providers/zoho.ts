// Zoho Mail (mx.zoho.com, mx.zohomail.com and the regional zoho.eu, zoho.in … clusters).
// Wording from smtp.codes/zoho and Zoho's help pages (FACTS §5.11).

import type { Provider } from './types';

const RECIPIENT_ADMIN = { primary: 'recipientAdmin' } as const;

export const zoho: Provider = {
  key: 'zoho',
  id: 'zoho',
  name: 'Zoho Mail',
  // mx.zoho.com, mx2.zoho.eu, smtpin.zoho.com, mx.zohomail.com
  hosts: [
    'zoho.com',
    'zoho.eu',
    'zoho.in',
    'zoho.com.au',
    'zoho.jp',
    'zoho.com.cn',
    'zohomail.com',
    'zohomail.eu',
    'zohomail.in',
    'zohocloud.ca',
  ],
  domains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in'],
  markers: ['detected by zoho mail', 'zoho.com/mail/help', 'zohomail.com/mail/help'],
  rules: [
    { match: 'email rejected per dmarc policy', reason: 'authfailure' },
    // "552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail": a name of a few words at most.
    { match: /virus (?:[^ ]+ ){1,4}detected by zoho mail/, reason: 'virusdetected' },
    { match: 'email flagged as spam', reason: 'spamdetected' },
    // The recipient organisation's settings at Zoho refused it.
    {
      match:
        /(?:mail rejected by destination domain|mailbox delivery (?:restricted by|failure) policy error|mailpolicy violation)/,
      reason: 'policyviolation',
      who: RECIPIENT_ADMIN,
    },
    // "553 Relaying disallowed": the recipient domain is not (or no longer) set up at Zoho.
    { match: 'relaying disallowed', reason: 'norelaying', who: RECIPIENT_ADMIN },
    // Outbound: the sender's Zoho account is held for unusual activity.
    {
      match: 'unusual sending activity detected',
      reason: 'rejected',
      who: { primary: 'sender', secondary: 'senderAdmin' },
    },
    { match: 'temporary system error', reason: 'systemerror' },
  ],
};
