// Microsoft 365 / Exchange Online (business tenants: <tenant>.mail.protection.outlook.com,
// *.prod.outlook.com, *.onmicrosoft.com). Exchange Online Protection (EOP) also fronts
// Outlook.com consumer mail, so the rules below are shared with outlook.ts; EOP names its own
// servers in brackets after the reply ("[BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]").
// Codes and wording: Microsoft Learn "Email non-delivery reports and SMTP errors in Exchange
// Online" and FACTS §5.1. Microsoft's enhanced codes are precise (5.7.606, 5.1.10 …) and its
// wording is fixed, so most rules pair the two.

import type { Provider, ProviderRule } from './types';

const RECIPIENT_ADMIN = { primary: 'recipientAdmin' } as const;
const SENDER = { primary: 'sender' } as const;
const TRANSPORT_RULE_CODES = Array.from({ length: 100 }, (_, i) => `5.7.${900 + i}`);

export const MICROSOFT_RULES: readonly ProviderRule[] = [
  // The recipient.
  {
    match: /(?:resolver\.adr\.exrecipnotfound|resolver\.adr\.recipnotfound|bad destination mailbox address)/,
    reason: 'userunknown',
  },
  {
    match: /(?:resolver\.adr\.recipientnotfound|recipient not found by smtp address lookup)/,
    reason: 'userunknown',
    code: '5.1.10',
  },
  { match: 'user unknown', status: ['5.1.1'], reason: 'userunknown' },
  // 5.4.1 "Recipient address rejected: Access denied" is Directory-Based Edge Blocking: the
  // address is not in the tenant. 5.7.504 words it the same way but means an address Microsoft
  // has barred, like 5.7.505: only the sender can act, by checking it or dropping it.
  { match: 'recipient address rejected: access denied', status: ['5.7.504'], reason: 'suspend', who: SENDER },
  { match: 'access denied, banned recipient', reason: 'suspend', code: '5.7.505', who: SENDER },
  { match: 'recipient address rejected: access denied', reason: 'userunknown', code: '5.4.1' },
  // RFC 5321's stock 550 text, which Exchange Online gives with 5.5.0 for an address it lacks.
  { match: 'requested action not taken: mailbox unavailable', status: ['5.5.0', ''], reason: 'userunknown' },
  { match: 'storedrv.submit; invalid recipient address', reason: 'userunknown' },
  {
    match:
      /(?:recipient address reserved by rfc 2606|recipient addresses in single label domains not accepted|invalid x\.400 address)/,
    reason: 'userunknown',
  },
  { match: 'mailbox cannot be accessed', reason: 'suspend' },
  { match: /(?:smtpsend\.dns\.nonexistentdomain|nonexistent domain)/, reason: 'hostunknown' },
  { match: 'mailbox full', status: ['5.2.2', '4.2.2'], reason: 'mailboxfull' },
  { match: /(?:recipsizelimit|message too large for this recipient)/, reason: 'exceedlimit', who: SENDER },
  {
    match: /(?:message size exceeds fixed maximum message size|message too big for system)/,
    reason: 'mesgtoobig',
  },

  // Authentication.
  { match: 'does not pass dmarc verification', reason: 'authfailure', code: '5.7.509' },
  { match: "doesn't meet the required authentication level", reason: 'authfailure', code: '5.7.515' },
  { match: 'rejected because of sender policy framework violation', reason: 'authfailure', code: '5.7.23' },
  { match: 'must pass either spf or dkim validation', reason: 'authfailure', code: '4.7.26' },
  { match: 'must have a reverse dns record', reason: 'requireptr', code: '5.7.25' },

  // The sending IP, host or tenant.
  {
    match: 'has been temporarily rate limited due to ip reputation',
    reason: 'badreputation',
    code: '4.7.650-651',
  },
  { match: 'exceeded the maximum number of connections', reason: 'toomanyconn', code: '4.7.652' },
  { match: 'access denied, banned sending ip', reason: 'blocked', code: '5.7.606-649' },
  { match: 'access denied, banned sender', status: ['5.7.511'], reason: 'blocked', code: '5.7.511' },
  { match: 'access denied, bad helo', reason: 'blocked', code: '5.7.506' },
  { match: 'access denied, rejected by recipient', reason: 'blocked', code: '5.7.507', who: RECIPIENT_ADMIN },
  { match: 'does not accept email over ipv6', reason: 'blocked', code: '5.7.510' },
  {
    match: /using customer block list|\(as16012607\)/,
    reason: 'blocked',
    code: '5.7.513',
    who: RECIPIENT_ADMIN,
  },
  {
    match: /(?:tenant has exceeded threshold|traffic not accepted from this ip)/,
    reason: 'blocked',
    code: '5.7.700-749',
  },
  { match: 'restrictdomainstoipaddresses or restrictdomainstocertificate', reason: 'blocked' },
  { match: 'access denied, please try again later', reason: 'blocked' },
  { match: 'invalid domain name', status: ['5.5.4'], reason: 'blocked' },
  { match: 'has exceeded permitted limits within', reason: 'speeding', code: '5.7.508' },

  // The sending account (outbound through Exchange Online).
  { match: /access denied, (?:spam abuse detected|banned sender)/, reason: 'rejected', code: '5.7.501-503' },
  { match: 'access denied, bad outbound sender', reason: 'rejected', code: '5.1.8' },
  { match: 'client blocked from sending from unregistered domains', reason: 'rejected', code: '5.7.750' },
  { match: 'sender denied', status: ['5.1.0'], reason: 'rejected', who: SENDER },
  { match: /(?:unknown sender address|invalid address)/, status: ['5.1.7'], reason: 'rejected' },
  { match: 'submission quota exceeded', reason: 'speeding', code: '5.2.2' },
  {
    match: 'reached your daily limit for message recipients',
    reason: 'speeding',
    code: '5.1.90',
    who: { primary: 'sender', secondary: 'senderAdmin' },
  },
  {
    match:
      /(?:smtpclientauthentication is disabled|client was not authenticated to send anonymous mail|cannot achieve exchange server authentication)/,
    reason: 'securityerror',
  },

  // Who may write to this recipient: the recipient organisation decides.
  {
    match:
      /(?:sender was not authenticated|sender not in allowed-senders list|sender not authenticated for group)/,
    reason: 'rejected',
    who: RECIPIENT_ADMIN,
  },
  // 5.7.900–5.7.999: a mail flow rule of the recipient organisation with its own reject code.
  {
    match: 'delivery not authorized',
    status: TRANSPORT_RULE_CODES,
    reason: 'policyviolation',
    who: RECIPIENT_ADMIN,
  },
  { match: 'delivery not authorized', reason: 'rejected', who: RECIPIENT_ADMIN },
  {
    match: /(?:x-dg-ref header is too long|policy violation detected \(as345\))/,
    reason: 'policyviolation',
    code: '5.0.350',
  },
  // "550 5.7.520 Access denied, Your organization does not allow external forwarding": the
  // recipient's mailbox forwards outside its organisation, which that organisation forbids.
  {
    match: 'does not allow external forwarding',
    reason: 'policyviolation',
    code: '5.7.520',
    who: RECIPIENT_ADMIN,
  },

  // Message format.
  { match: 'message must be rfc 5322 section 3.6.2 compliant', reason: 'notcompliantrfc', code: '5.7.512' },
  { match: 'invalid characters', status: ['5.6.11'], reason: 'contenterror', code: '5.6.11' },
  { match: /(?:too many related errors|invalid message content)/, reason: 'contenterror' },

  // Rate limits on the receiving side: one sender writing too much to a recipient (5.2.121), or
  // a recipient receiving too much from everyone (5.2.122), which passes by itself.
  { match: 'message receive limit from specific sender', reason: 'speeding', code: '5.2.121', who: SENDER },
  {
    match: /per hour message receive limit|the recipient has exceeded their limit for/,
    reason: 'speeding',
    code: '5.2.122',
    who: { primary: 'nobody', secondary: 'sender' },
  },
  { match: 'recipient thread limit exceeded', reason: 'speeding', who: SENDER },
  { match: 'too many recipients', status: ['4.5.3', '5.5.3'], reason: 'toomanyconn' },

  // Relaying: a wrong MX or connector, or an app that does not log in.
  {
    match: 'tenantattribution; relay access denied',
    reason: 'norelaying',
    code: '5.7.64',
    who: { primary: 'senderAdmin' },
  },
  { match: 'relay access denied', reason: 'norelaying', who: RECIPIENT_ADMIN },
  { match: 'unable to relay', reason: 'norelaying', who: { primary: 'senderAdmin' } },
  { match: 'client was not authenticated', reason: 'securityerror' },

  // TLS towards the recipient's server (the recipient's side has to fix it).
  {
    match:
      /(?:starttls-not-supported|starttls is required|certificate-expired|tlsa-invalid|dnssec-invalid|certificate-host-mismatch|failed mta-sts validation)/,
    reason: 'failedstarttls',
    who: RECIPIENT_ADMIN,
  },

  // Paths, loops and queues.
  {
    match: /(?:hop count exceeded|routing loop detected|agent generated message depth exceeded)/,
    reason: 'networkerror',
    who: RECIPIENT_ADMIN,
  },
  {
    match: /(?:dns query failed|connection refused)/,
    status: ['4.4.312', '5.4.312', '4.4.316', '5.4.316'],
    reason: 'networkerror',
  },
  { match: 'does not exist', status: ['5.4.310'], reason: 'hostunknown' },
  { match: /(?:queue\.expired|message expired|message delayed)/, reason: 'expired' },
  { match: 'connection timed out', status: ['4.4.1'], reason: 'expired' },

  // Microsoft's side.
  { match: 'content filter agent quarantined this message', reason: 'spamdetected' },
  { match: 'system not accepting network messages', reason: 'notaccept' },
  { match: 'insufficient system resources', reason: 'systemfull' },
  {
    match:
      /(?:service not available|service not active|system incorrectly configured|journaling on-premises messages|destination mailbox address ambiguous|mailing list expansion problem|misconfigured forwarding address|temporary server error\. please try again later|message failed to be replicated|server busy\. please try again later|pfa agent busy)/,
    reason: 'systemerror',
  },
  { match: /(?:unrecognized command|send hello first)/, status: ['5.3.3', '5.5.2'], reason: 'syntaxerror' },
];

export const microsoft365: Provider = {
  key: 'microsoft365',
  id: 'microsoft365',
  name: 'Microsoft 365',
  hosts: [
    'protection.outlook.com',
    'prod.outlook.com',
    'onmicrosoft.com',
    'exchangelabs.com',
    'office365.com',
    'outlook.com',
  ],
  markers: ['protection.outlook.com', 'prod.outlook.com', /\(as\d{6,8}\)/],
  rules: MICROSOFT_RULES,
};
