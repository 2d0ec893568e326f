// Yahoo Inc.: Yahoo Mail and AOL, which share one infrastructure (*.yahoodns.net; AOL's MX is
// mx-aol.mail.gm0.yahoodns.net). Codes come in brackets ([TSS04], [BL21], [PH01]); see
// senders.yahooinc.com/smtp-error-codes. Yahoo's wording often contradicts its status code:
// 554 5.7.9 is authentication or policy, not a generic security refusal (FACTS §8 T1).

import type { Provider } from './types';

export const yahoo: Provider = {
  key: 'yahoo',
  id: 'yahoo',
  name: 'Yahoo / AOL',
  // mta6.am0.yahoodns.net, mx-aol.mail.gm0.yahoodns.net, mta5.mail.ne1.yahoo.com, mailin-01.mx.aol.com
  hosts: ['yahoodns.net', 'yahoo.com', 'mx.aol.com', 'mail.aol.com'],
  domains: [
    'yahoo.com',
    'yahoo.ca',
    'yahoo.co.uk',
    'yahoo.com.au',
    'yahoo.co.in',
    'yahoo.in',
    'yahoo.fr',
    'yahoo.de',
    'yahoo.es',
    'yahoo.it',
    'yahoo.ie',
    'yahoo.gr',
    'yahoo.se',
    'yahoo.dk',
    'yahoo.no',
    'yahoo.com.br',
    'yahoo.com.mx',
    'yahoo.com.ar',
    'yahoo.com.sg',
    'yahoo.com.ph',
    'yahoo.com.tw',
    'yahoo.com.hk',
    'yahoo.co.id',
    'yahoo.co.nz',
    'yahoo.co.th',
    'ymail.com',
    'rocketmail.com',
    'aol.com',
    'aol.co.uk',
    'aol.fr',
    'aol.de',
    'aim.com',
    'verizon.net',
  ],
  markers: [
    'yahoodns.net',
    'postmaster.yahooinc.com',
    'senders.yahooinc.com',
    'postmaster.verizonmedia.com',
    'postmaster.yahoo.com',
    // "[TSS04]", "[TS01]", "[BL21]", "[PH01]": Yahoo's bracketed codes.
    /\[(?:tss?0\d|tss1\d|bl2\d|ph0\d)\]/,
    // "554 delivery error: dd This user doesn't have a yahoo.com account … - mta1061.mail.ne1.yahoo.com"
    /\.mail\.[a-z]{2,4}\d\.yahoo\.com/,
  ],
  rules: [
    // The recipient.
    {
      match: /(?:dd this user doesn't have a|this user doesn't have a [a-z.]+ account)/,
      reason: 'userunknown',
    },
    { match: 'requested mail action aborted, mailbox not found', reason: 'userunknown' },
    { match: /(?:is no longer valid|this mailbox is disabled|\(554\.30\))/, reason: 'suspend' },
    { match: 'user is receiving mail too quickly', reason: 'speeding', who: { primary: 'sender' } },

    // Authentication and policy (the 2024 sender requirements come back as 5.7.9).
    {
      match: /(?:yahoo requires all senders to authenticate|sender is unauthenticated)/,
      reason: 'authfailure',
    },
    {
      match: /(?:message|email) not accepted for policy reasons/,
      reason: 'policyviolation',
      code: 'PH01',
      who: { primary: 'sender', secondary: 'senderAdmin' },
    },
    { match: 'headers are not rfc compliant', reason: 'notcompliantrfc' },

    // The sending IP. TSS04 "temporarily deferred due to unexpected volume or user complaints"
    // is Yahoo's catch-all throttle; go-sisimai's Yahoo table reads it as a refusal of the sender
    // (it also hits domains without SPF, DKIM or DMARC), while the same words seen without
    // Yahoo's host read as a reputation throttle, which the reason wording decides.
    {
      match: /temporarily deferred due to (?:unexpected volume or )?user complaints/,
      reason: 'rejected',
      code: 'TSS04',
      hostOnly: true,
    },
    // "[TSS09]/[TSS11] All messages from x will be permanently deferred; Retrying will NOT succeed"
    { match: 'will be permanently deferred', reason: 'blocked', code: 'TSS09' },
    // "[BL21] Connections will not be accepted from x, because the ip is in Spamhaus's list"
    { match: /(?:because the ip is in spamhaus's list|on spamhaus xbl)/, reason: 'blocked', code: 'BL21' },
    { match: 'unresolvable rfc.5321', reason: 'rejected' },
    { match: 'max message per connection reached', reason: 'toomanyconn', who: { primary: 'nobody' } },
    {
      match: 'relaying denied',
      reason: 'norelaying',
      who: { primary: 'senderAdmin', secondary: 'recipientAdmin' },
    },

    // Yahoo's side.
    { match: 'resources temporarily unavailable', reason: 'systemerror' },
    { match: 'syntax error in parameters or arguments', reason: 'syntaxerror' },
  ],
};
