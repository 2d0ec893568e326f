// GoDaddy / Secureserver (smtp.secureserver.net, mailstore1.secureserver.net, the IBSMTP
// inbound servers). Codes "IB" + three digits end its replies and decide over the status code:
// "550 5.1.1 … IB607" is a rate limit, not an unknown user (FACTS §5.19, §8 T1).

import type { Reason } from '../types';
import type { Provider, ProviderRule } from './types';

const CODES: Readonly<Record<string, Reason>> = {
  IB007: 'toomanyconn', // too many sessions from this IP
  IB101: 'systemerror', // server temporarily unavailable
  IB103: 'blocked', // poor Cloudmark CSI reputation
  IB104: 'blocked', // Spamhaus SBL
  IB105: 'blocked', // Spamhaus XBL
  IB106: 'blocked', // Spamhaus PBL
  IB108: 'requireptr', // reverse DNS for this IP failed
  IB110: 'blocked', // spam: blocked for an hour
  IB111: 'blocked', // spam: blocked for the day
  IB112: 'blocked', // too many invalid recipients: an hour
  IB113: 'blocked', // too many invalid recipients: the day
  IB212: 'spamdetected', // content judged to be spam
  IB401: 'securityerror', // AUTH on the inbound servers (use smtpout.secureserver.net)
  IB501: 'rejected', // blank From:
  IB502: 'rejected', // an IP address as From:
  IB504: 'speeding', // too many messages this hour
  IB506: 'rejected', // From: domain is invalid (no MX/A)
  IB508: 'authfailure', // SPF does not authorise the server
  IB510: 'toomanyconn', // max messages per session
  IB605: 'toomanyconn', // too many recipients in one message
  IB607: 'speeding', // too many recipients this hour
  IB705: 'virusdetected', // virus infected message
};

export const godaddy: Provider = {
  key: 'godaddy',
  id: 'godaddy',
  name: 'GoDaddy',
  hosts: ['secureserver.net'],
  markers: [/(?:^|[\s.])ib\d{3}\b/],
  rules: [
    ...Object.entries(CODES).map(
      ([code, reason]): ProviderRule => ({
        match: new RegExp(`(?:^|[\\s.])${code.toLowerCase()}\\b`),
        reason,
        code,
        ...(code === 'IB401' ? { who: { primary: 'sender' } } : {}),
      }),
    ),
    // Without a code.
    { match: /(?:554 rbl reject|spamhaus\.org\/query\/bl\?ip=)/, reason: 'blocked' },
    { match: /(?:delivery timeout|wasn't able to establish an smtp connection)/, reason: 'expired' },
    { match: 'account disabled', reason: 'suspend' },
    { match: 'account storage limit', reason: 'mailboxfull' },
    { match: /(?:account does not exist|550 recipient not found)/, reason: 'userunknown' },
  ],
};
