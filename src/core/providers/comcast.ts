// Comcast / Xfinity (mx1.comcast.net …). Codes after the text: BL (block lists, a bitmap of the
// lists that hit: 000001 Spamhaus, 000010 Cloudmark CSI, 000100 SenderScore), ES (dynamic or
// residential space), RL (rate limits), DM (DMARC) (postmaster.comcast.net, FACTS §5.16).

import type { Provider } from './types';

export const comcast: Provider = {
  key: 'comcast',
  id: 'comcast',
  name: 'Comcast / Xfinity',
  hosts: ['comcast.net'],
  domains: ['comcast.net', 'xfinity.com'],
  markers: [
    'postmaster.comcast.net',
    'comcast requires that all mail servers',
    /\b(?:bl|es|rl|dm)0000\d\d\b/,
  ],
  rules: [
    { match: /\bdm0000\d\d\b/, reason: 'authfailure', code: 'DM' },
    { match: /\bbl0000\d\d\b/, reason: 'blocked', code: 'BL' },
    { match: /\bbl0(?:0\d|10)\b/, reason: 'blocked' },
    { match: /\bes0000\d\d\b/, reason: 'blocked', code: 'ES' },
    {
      match: /(?:\brl0000\d\d\b|\brl00\d\b|throttled - try again later)/,
      reason: 'speeding',
      code: 'RL',
    },
    { match: 'too many sessions opened', reason: 'toomanyconn' },
    { match: 'must have a ptr record with a valid reverse dns', reason: 'requireptr' },
    { match: 'dmarc', reason: 'authfailure' },
    { match: /(?:not our customer|recipient mailbox unallocated)/, reason: 'userunknown' },
    { match: /(?:user over quota|extended quota violation)/, reason: 'mailboxfull' },
    { match: 'too many recent messages', reason: 'speeding', who: { primary: 'sender' } },
  ],
};
