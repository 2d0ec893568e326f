// Gmail and Google Workspace. Google's receiving servers end every reply with "- gsmtp", and
// their wording is stable and documented (support.google.com/a/answer/3726730 and the sender
// guidelines, mail/answer/81126). Google gives some codes its own meaning: 4.7.27, 4.7.29,
// 4.7.30 and 4.7.32 are its bulk-sender requirements, not the registry's null MX, ARC and
// REQUIRETLS (FACTS §5.3), so those statuses decide here whatever the wording.

import type { Provider } from './types';

export const google: Provider = {
  key: 'google',
  id: 'google',
  name: 'Gmail / Google Workspace',
  // gmail-smtp-in.l.google.com, aspmx.l.google.com, alt1.aspmx.l.google.com, aspmx2.googlemail.com,
  // smtp-relay.gmail.com …
  hosts: ['google.com', 'googlemail.com', 'gmail.com'],
  domains: ['gmail.com', 'googlemail.com'],
  // "… e22-n7GpZmsf093195.222 - gsmtp": the signature of every Google SMTP reply.
  markers: ['- gsmtp', /\sgsmtp$/],
  rules: [
    // The recipient.
    {
      match: 'the email account that you tried to reach does not exist',
      reason: 'userunknown',
      code: 'NoSuchUser',
    },
    { match: "we weren't able to find the recipient domain", reason: 'hostunknown' },
    { match: /is not a valid rfc[- ]?5321 address/, reason: 'userunknown' },
    {
      match: /the email account that you tried to reach is (?:disabled|inactive)|p=disableduser/,
      reason: 'suspend',
      code: 'DisabledUser',
    },
    {
      match:
        /(?:account that you tried to reach is over quota|inbox is out of storage space|recipient's inbox is out of storage|email quota exceeded|p=overquota)/,
      reason: 'mailboxfull',
      code: 'OverQuota',
    },
    // "The user you are trying to contact is receiving mail too quickly / at a rate that
    // prevents additional messages from being delivered": the recipient is flooded.
    {
      match: /is receiving mail (?:too quickly|at a rate that prevents additional messages)/,
      reason: 'speeding',
      who: { primary: 'sender' },
    },

    // Authentication: Google's own codes first, whatever the wording around them.
    {
      status: ['4.7.26', '5.7.26', '4.7.27', '5.7.27', '4.7.30', '5.7.30', '4.7.32', '5.7.32'],
      reason: 'authfailure',
    },
    {
      match:
        /(?:is not accepted due to domain's dmarc policy|fails to pass authentication checks|does not have authentication information|fails to pass spf checks|has an spf record with a hard fail|gmail requires all (?:bulk )?(?:email )?senders to authenticate|(?:spf|dkim) authentication didn't pass|isn't aligned with either the authenticated spf or dkim|unauthenticated email is not accepted from this domain)/,
      reason: 'authfailure',
    },
    { status: ['4.7.24', '5.7.24'], reason: 'authfailure' },
    { match: 'spf record of the sending domain has one or more suspicious entries', reason: 'authfailure' },
    // Reverse DNS.
    { status: ['4.7.23', '5.7.25'], reason: 'requireptr' },
    {
      match:
        /(?:does not have a ptr record|ptr record setup|forward dns entry does not (?:point|match)|ipv6 sending guidelines regarding ptr records)/,
      reason: 'requireptr',
    },
    // TLS (4.7.29 is Google's "use TLS", not the registry's ARC failure).
    { status: ['4.7.29', '5.7.29'], reason: 'failedstarttls' },
    {
      match: /(?:tls required for rcpt domain|must issue a starttls command first|senders to use tls)/,
      reason: 'failedstarttls',
    },

    // Message format.
    {
      match:
        /(?:not rfc 5322 compliant|rfcmessagenoncompliant|messages with multiple addresses in from|missing a valid address in from|missing a valid message-id|unicode character in a disallowed header|encoded-word syntax is not permitted)/,
      reason: 'notcompliantrfc',
    },
    { match: 'mail message is malformed', reason: 'contenterror' },
    { match: /exceeded google's (?:message|attachment|header)/, reason: 'mesgtoobig' },
    // "554 5.4.6 Message exceeded 50 hops": a forwarding loop.
    { match: /message exceeded \d+ hops/, reason: 'networkerror', who: { primary: 'recipientAdmin' } },

    // Content and policy.
    {
      match:
        /(?:illegal attachment on your message|content presents a potential security issue|p=blockedmessage)/,
      reason: 'policyviolation',
      who: { primary: 'sender' },
    },
    {
      match: 'the user or domain that you are sending to (or from) has a policy that prohibited',
      reason: 'policyviolation',
      who: { primary: 'recipientAdmin', secondary: 'sender' },
    },
    {
      match: /(?:likely unsolicited mail|p=unsolicitedmessageerror|due to the nature of the content)/,
      reason: 'spamdetected',
    },

    // The sending IP or domain.
    { match: /very low reputation of the sending (?:ip|domain)/, reason: 'badreputation' },
    { match: /unusual rate of (?:unsolicited )?mail/, reason: 'blocked', code: '4.7.28' },
    {
      match: 'ip not in whitelist for rcpt domain',
      reason: 'blocked',
      who: { primary: 'recipientAdmin', secondary: 'senderAdmin' },
    },
    { match: 'not authorized to send email directly to our servers', reason: 'blocked' },
    { match: 'try again later, closing connection', reason: 'blocked' },
    { match: 'helo/ehlo argument is invalid', reason: 'blocked' },

    // Google Workspace SMTP relay and submission: the sending account's limits per day or peak.
    { match: 'mail relay denied', reason: 'norelaying', who: { primary: 'senderAdmin' } },
    { match: 'mail sending denied', reason: 'rejected' },
    {
      match:
        /(?:application-specific password required|please log in with your web browser|username and password not accepted|invalid credentials for relay|too many login attempts|authentication required\.)/,
      reason: 'securityerror',
      who: { primary: 'sender', secondary: 'senderAdmin' },
    },
    {
      match:
        /(?:daily (?:smtp relay|user sending) limit exceeded|daily sending quota exceeded|peak smtp relay limit exceeded)/,
      reason: 'speeding',
      who: { primary: 'sender', secondary: 'senderAdmin' },
    },
    {
      match:
        /(?:your message has too many recipients|multiple destination domains per transaction is unsupported)/,
      reason: 'toomanyconn',
      who: { primary: 'sender' },
    },

    // Google's side.
    {
      match:
        /(?:temporary system problem|mail server temporarily rejected message|server busy|domain policy size per transaction exceeded)/,
      reason: 'systemerror',
    },
    { match: 'timeout - closing connection', reason: 'expired' },
    {
      match:
        /(?:smtp protocol violation|no commands allowed to pipeline after starttls|starttls may not be repeated|too many unrecognized commands|unrecognized authentication type|too many unauthenticated commands)/,
      reason: 'syntaxerror',
    },
  ],
};
