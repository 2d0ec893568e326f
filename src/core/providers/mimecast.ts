// Mimecast (*.mimecast.com). A gateway in front of other providers: recognised before them.
// Wording from Mimecast's "SMTP Error Codes" article (FACTS §5.7); each text comes with one
// reply code, which the generic ones ("invalid recipient", "too many recipients") must match.

import type { Provider } from './types';

const RECIPIENT_ADMIN = { primary: 'recipientAdmin' } as const;

export const mimecast: Provider = {
  key: 'mimecast',
  id: 'mimecast',
  name: 'Mimecast',
  // service-alpha-inbound-a.mimecast.com, us-smtp-inbound-1.mimecast.com, *.mimecast-offshore.com
  hosts: ['mimecast.com', 'mimecast-offshore.com', 'mimecast.co.za'],
  markers: ['mimecast', /\bmc(?:spamsignature|virus)/],
  rules: [
    // Authentication checks on the envelope sender.
    { match: /(?:spf|dkim|dmarc) sender invalid - envelope rejected/, reason: 'authfailure' },
    { match: 'local ct ip reputation', reason: 'badreputation' },
    // Blocks the recipient organisation or user set.
    { match: 'sender address blocked', reason: 'blocked', who: RECIPIENT_ADMIN },
    {
      match:
        /(?:administrative prohibition (?:- )?envelope blocked|envelope blocked . user (?:domain )?entry|rejected by header[- ]based (?:manually )?blocked senders|block policy for (?:envelope from|header from))/,
      reason: 'rejected',
      who: { primary: 'recipient', secondary: 'recipientAdmin' },
    },
    {
      match: /(?:anti-spoofing policy|content examination policy|host network not allowed)/,
      reason: 'policyviolation',
      who: { primary: 'recipientAdmin', secondary: 'senderAdmin' },
    },
    // "554 Email rejected due to security policies - MCSpamSignature…": a virus signature or a
    // spam score above the maximum.
    { match: 'email rejected due to security policies', reason: 'virusdetected' },
    { match: 'maximum email size exceeded', reason: 'mesgtoobig' },
    {
      match: 'mail loop detected',
      reason: 'networkerror',
      who: { primary: 'recipientAdmin', secondary: 'senderAdmin' },
    },
    { match: 'open relay not allowed', reason: 'norelaying', who: { primary: 'senderAdmin' } },
    { match: 'account inbounds disabled', reason: 'notaccept', who: RECIPIENT_ADMIN },
    // TLS the recipient organisation requires.
    {
      match: /(?:this route requires (?:encryption|tls version|high-strength ciphers))/,
      reason: 'failedstarttls',
      who: { primary: 'senderAdmin' },
    },
    {
      match: /(?:incorrect authentication data|configuration is invalid for this certificate)/,
      reason: 'securityerror',
    },
    // Temporary: greylisting, too many invalid connections or recipients.
    {
      match:
        /(?:ip temporarily blacklisted|recipient temporarily unavailable|internal resources are temporarily unavailable)/,
      reason: 'blocked',
    },
    {
      match: /(?:account service is temporarily unavailable|exceeding outbound thread limit)/,
      reason: 'toomanyconn',
    },
    { match: 'too many recipients', reply: ['452'], reason: 'toomanyconn' },
    {
      match: /(?:unable to process (?:connection|command|an email)|message ended early)/,
      reason: 'systemerror',
    },
    { match: 'invalid recipient', reply: ['550'], reason: 'userunknown' },
    { match: 'invalid address', reply: ['501'], reason: 'userunknown' },
    { match: 'user unknown', reply: ['503', '550'], reason: 'userunknown' },
    {
      match: /(?:account outbounds disabled|hostname is not authorized|journal message past expiration)/,
      reason: 'onhold',
    },
  ],
};
