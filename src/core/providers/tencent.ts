// Tencent QQ Mail and Exmail (mx1.qq.com …). Short English phrases with a link to
// service.mail.qq.com (FACTS §5.20).

import type { Provider } from './types';

export const tencent: Provider = {
  key: 'tencent',
  id: null,
  name: 'Tencent QQ Mail',
  hosts: ['qq.com'],
  domains: ['qq.com', 'vip.qq.com', 'foxmail.com'],
  markers: ['service.mail.qq.com'],
  rules: [
    { match: /(?:dmarc check failed|spf check failed)/, reason: 'authfailure' },
    { match: /(?:suspected spam ip|suspected bounce attacks)/, reason: 'blocked' },
    // The recipient's personal block list.
    { match: 'mail is rejected by recipients', reason: 'filtered' },
    { match: 'message too large', reason: 'mesgtoobig' },
    { match: /(?:mail content denied|spam is embedded in the email|suspected spam)/, reason: 'spamdetected' },
    { match: 'bad address syntax', reason: 'syntaxerror', who: { primary: 'sender' } },
    { match: 'is a deactivated mailbox', reason: 'suspend' },
    // Frequency limits per IP, domain, sender or connection; "mailbox unavailable or access
    // denied" is the recipient receiving too much.
    {
      match:
        /(?:connection denied|(?:connection|domain|ip|sender) frequency limited|mailbox unavailable or access denied)/,
      reason: 'toomanyconn',
    },
    { match: 'mailbox not found', reason: 'userunknown' },
  ],
};
