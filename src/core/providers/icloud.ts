// Apple iCloud Mail (icloud.com, me.com, mac.com). Its MX filter with Proofpoint, so an iCloud
// refusal may carry Proofpoint's block wording; see support.apple.com/102322 (formerly HT204137).

import type { Provider } from './types';

export const icloud: Provider = {
  key: 'icloud',
  id: 'icloud',
  name: 'Apple iCloud Mail',
  // mx01.mail.icloud.com, mx2.me.com.akadns.net, mx3.mac.com.akadns.net
  hosts: ['mail.icloud.com', 'icloud.com', 'me.com', 'mac.com', 'me.com.akadns.net', 'mac.com.akadns.net'],
  domains: ['icloud.com', 'me.com', 'mac.com'],
  markers: ['support.apple.com/en-us/ht204137', 'support.apple.com/102322', /\[(?:cs0\d|hme\d)\]/],
  via: ['proofpoint'],
  rules: [
    // The recipient.
    { match: 'recipient no longer on server', reason: 'hasmoved' },
    // "inactive email address" and deleted Hide-My-Email aliases ("unknown or illegal alias")
    // read as unknown addresses here, which is what Apple means: the address takes no mail.
    {
      match:
        /(?:user does not exist|inactive email address|unknown or illegal alias|no user record found|user unknown)/,
      reason: 'userunknown',
    },
    { match: /(?:over quota|mailbox is full)/, reason: 'mailboxfull' },
    { match: 'deferred due to excessive volume', reason: 'speeding', who: { primary: 'sender' } },

    // Authentication: "Your message was rejected due to example.org's DMARC policy", HME1.
    { match: /(?:dmarc policy|failing both spf and dkim|\[hme1\])/, reason: 'authfailure' },
    // The sending IP or a domain in the message on a blocklist; Proofpoint's reputation block.
    {
      match: /(?:spamhaus|blocked - see https?:\/\/|dnsbl-lookup\.cgi|ipcheck\.proofpoint\.com)/,
      reason: 'blocked',
    },
    { match: 'esmtp not accepting connections', reason: 'blocked' },
    // CS01 "Message rejected due to local policy": iCloud's filter, whatever tripped it.
    {
      match: /(?:rejected due to local policy|\[cs0\d\])/,
      reason: 'policyviolation',
      code: 'CS01',
      who: { primary: 'senderAdmin' },
    },
    { match: 'relay access denied', reason: 'norelaying', who: { primary: 'recipientAdmin' } },
    // "450 4.1.8 Sender address rejected: Domain not found": the sender's own domain.
    { match: 'sender address rejected: domain not found', reason: 'rejected' },
    { match: 'service unavailable - try again later', reason: 'systemerror' },
  ],
};
