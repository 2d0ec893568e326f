// The classifier on realistic diagnostic texts: every reason at least once; the same words read
// in their context (the SMTP step, the status code, what the mail system stated), and wording
// that must not be read wider than it means; the linearity of all the wording on hostile input.
import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classify } from './classify';
import { PHRASES, type PhrasedReason } from './reasons/index';
import { findWording } from './reasons/match';
import type { Reason, SmtpCommand } from './types';

interface Case {
  text: string;
  status?: string;
  reply?: string;
  command?: SmtpCommand;
  type?: string;
  action?: string;
  hint?: Reason;
  want: Reason;
}

function run(c: Case): Reason {
  const input: ClassifyInput = {
    status: c.status ?? '',
    replyCode: c.reply ?? c.text.match(/^[245]\d\d\b/)?.[0] ?? '',
    diagnostic: c.text,
    diagnosticType: c.type ?? 'SMTP',
    command: c.command ?? null,
    action: c.action ?? 'failed',
    hint: c.hint,
    provider: null,
  };
  return classify(input).reason;
}

const CASES: Case[] = [
  // authfailure: by the RFC 7372 code, and by DMARC wording under a generic 5.7.1.
  {
    text: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
    status: '5.7.26',
    command: 'DATA',
    want: 'authfailure',
  },
  {
    text: "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137",
    status: '5.7.1',
    command: 'DATA',
    want: 'authfailure',
  },
  { text: '550 DMARC check failed.', want: 'authfailure' },
  {
    text: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    status: '5.7.23',
    want: 'authfailure',
  },
  // badreputation
  {
    text: '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation.',
    status: '4.7.650',
    want: 'badreputation',
  },
  {
    text: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
    command: 'CONN',
    want: 'badreputation',
  },
  // blocked
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    status: '5.7.1',
    command: 'RCPT',
    want: 'blocked',
  },
  { text: '550 5.7.606 Access denied, banned sending IP [192.0.2.1].', status: '5.7.606', want: 'blocked' },
  {
    text: 'Remote protocol error: Connection reset by peer during result wait with example.edu',
    want: 'blocked',
  },
  // contenterror
  {
    text: '554 5.6.0 Mail message is malformed. Not accepted.',
    status: '5.6.0',
    command: 'DATA',
    want: 'contenterror',
  },
  { text: '552 Header size exceeds maximum permitted', command: 'DATA', want: 'contenterror' },
  // delivered
  { text: '250 2.1.5 OK', status: '2.1.5', want: 'delivered' },
  // exceedlimit: X.2.3 is the mailbox's limit, even when the words say "too big".
  { text: '552 5.2.3 Message length exceeds administrative limit', status: '5.2.3', want: 'exceedlimit' },
  { text: '552 5.2.3 Message too big for this mailbox', status: '5.2.3', want: 'exceedlimit' },
  // expired: by the status, by wording, and by a delayed action with nothing else to go on.
  { text: 'Message expired after sitting in queue for 5 days', status: '4.4.7', want: 'expired' },
  { text: 'delivery retry timeout exceeded', want: 'expired' },
  { text: '', action: 'delayed', want: 'expired' },
  // failedstarttls: wording, the STARTTLS step, and Gmail's 5.7.29 which is not the registry's ARC.
  {
    text: '530 5.7.0 Must issue a STARTTLS command first',
    status: '5.7.0',
    command: 'MAIL',
    want: 'failedstarttls',
  },
  { text: '454 4.7.0 TLS not available due to local problem', command: 'STARTTLS', want: 'failedstarttls' },
  {
    text: '421 4.7.29 Your email has been rate limited because this message was not sent over a TLS connection. Gmail requires all senders to use TLS/SSL for SMTP connections.',
    status: '4.7.29',
    want: 'failedstarttls',
  },
  // feedback: stated by the report's structure, it stands.
  { text: 'This is an email abuse report', hint: 'feedback', want: 'feedback' },
  // filtered
  {
    text: '550 5.2.1 <user@example.jp>: Message rejected due to user rules',
    status: '5.2.1',
    want: 'filtered',
  },
  { text: '550 5.1.1 Refused due to recipient preferences', hint: 'filtered', want: 'filtered' },
  // hasmoved
  {
    text: '550 5.1.6 kijitora@example.org has been replaced by kijitora@example.jp',
    status: '5.1.6',
    want: 'hasmoved',
  },
  // hostunknown
  {
    text: '550 5.1.2 <user@example.invalid>: Recipient address rejected: Domain not found',
    status: '5.1.2',
    want: 'hostunknown',
  },
  {
    text: 'Host or domain name not found. Name service error for name=example.invalid type=A',
    want: 'hostunknown',
  },
  // mailboxfull: by code, and by wording under another code.
  {
    text: '552 5.2.2 The email account that you tried to reach is over quota.',
    status: '5.2.2',
    command: 'RCPT',
    want: 'mailboxfull',
  },
  {
    text: '552 sorry, mailbox user@example.org is over quota temporarily (#5.1.1)',
    status: '5.1.1',
    want: 'mailboxfull',
  },
  // mailererror: a local delivery program's failure.
  { text: 'Command died with status 127: "/usr/bin/procmail"', type: 'X-UNIX', want: 'mailererror' },
  { text: '127', type: 'X-UNIX', want: 'mailererror' },
  // mesgtoobig
  {
    text: '552 5.3.4 Message size exceeds fixed maximum message size',
    status: '5.3.4',
    command: 'DATA',
    want: 'mesgtoobig',
  },
  { text: '552 Message size exceeds fixed limit', want: 'mesgtoobig' },
  // networkerror: a DNS failure wins over the X.4.4 "unable to route".
  {
    text: 'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
    status: '5.4.4',
    want: 'networkerror',
  },
  {
    text: 'connect to mx.example.org[192.0.2.2]:25: No route to host',
    status: '4.4.1',
    want: 'networkerror',
  },
  // norelaying: even under a 5.1.1, "relay access denied" is about relaying.
  {
    text: '554 5.7.1 <user@example.org>: Relay access denied',
    status: '5.7.1',
    command: 'RCPT',
    want: 'norelaying',
  },
  {
    text: '550 5.1.1 <user@example.org>: Relay access denied',
    status: '5.1.1',
    command: 'RCPT',
    want: 'norelaying',
  },
  // notaccept
  { text: '556 5.1.10 Recipient address example.com has null MX', status: '5.1.10', want: 'notaccept' },
  { text: 'an MX or SRV record indicated no SMTP service', want: 'notaccept' },
  // notcompliantrfc
  {
    text: '550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.',
    status: '5.7.1',
    command: 'DATA',
    want: 'notcompliantrfc',
  },
  {
    text: "554 Transaction failed: Duplicate header 'DKIM-Signature'.",
    command: 'DATA',
    want: 'notcompliantrfc',
  },
  // onhold and undefined: text that names nothing, and no text at all.
  { text: '550 Something unusual happened here', want: 'onhold' },
  { text: '', want: 'undefined' },
  // policyviolation
  { text: '550 5.7.0 Local Policy Violation', status: '5.7.0', command: 'DATA', want: 'policyviolation' },
  { text: '554 5.7.9 Message not accepted for policy reasons.', status: '5.7.9', want: 'policyviolation' },
  // rejected: the sender's address; a bare "Access denied" at MAIL FROM is the sender refused.
  {
    text: '550 5.1.8 <bounce@example.org>: Sender address rejected: Domain not found',
    status: '5.1.8',
    want: 'rejected',
  },
  { text: '550 5.7.1 Access denied', status: '5.7.1', command: 'MAIL', want: 'rejected' },
  {
    text: '553 5.1.0 sender.example.com does not exist E2110',
    status: '5.1.0',
    command: 'MAIL',
    want: 'rejected',
  },
  // requireptr
  {
    text: '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    status: '5.7.25',
    want: 'requireptr',
  },
  {
    text: '450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]',
    status: '4.7.1',
    want: 'requireptr',
  },
  {
    text: '550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.2',
    status: '5.7.1',
    command: 'MAIL',
    want: 'requireptr',
  },
  // securityerror: the SMTP login, not domain authentication.
  {
    text: '535 5.7.8 Username and Password not accepted.',
    status: '5.7.8',
    command: 'AUTH',
    want: 'securityerror',
  },
  { text: '550 Unauthenticated senders not allowed', want: 'securityerror' },
  // spamdetected
  {
    text: '550 5.7.1 Message content rejected, UBE, id=00000-00-000',
    status: '5.7.1',
    command: 'DATA',
    want: 'spamdetected',
  },
  { text: '554 5.7.0 Reject, id=22222-22 - SPAM', status: '5.7.0', want: 'spamdetected' },
  // speeding
  {
    text: '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    status: '4.2.1',
    command: 'RCPT',
    want: 'speeding',
  },
  { text: '450 User is receiving mail too quickly', want: 'speeding' },
  // suppressed: nothing was sent; the notice's "invalid address" does not make it userunknown.
  {
    text: 'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    status: '5.1.1',
    want: 'suppressed',
  },
  // suspend
  {
    text: '550 5.2.1 The email account that you tried to reach is disabled.',
    status: '5.2.1',
    command: 'RCPT',
    want: 'suspend',
  },
  { text: '550 Mailbox is frozen.', want: 'suspend' },
  // syntaxerror: a 50x reply with nothing more specific.
  { text: '503 5.5.1 Bad sequence of commands', status: '5.5.1', want: 'syntaxerror' },
  // systemerror
  { text: '451 4.3.0 Error: queue file write error', status: '4.3.0', command: 'DATA', want: 'systemerror' },
  { text: '554 Service currently unavailable', want: 'systemerror' },
  // systemfull
  { text: '452 4.3.1 Insufficient system storage', status: '4.3.1', want: 'systemfull' },
  // toomanyconn: connections and recipients per message; the X.3.2 code does not outweigh the words.
  { text: '452 4.3.2 Connection rate limit exceeded.', status: '4.3.2', want: 'toomanyconn' },
  { text: '452 4.5.3 Too many recipients', status: '4.5.3', command: 'RCPT', want: 'toomanyconn' },
  // userunknown
  {
    text: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table',
    status: '5.1.1',
    command: 'RCPT',
    want: 'userunknown',
  },
  { text: '550 #5.1.0 Address rejected.', status: '5.1.0', want: 'userunknown' },
  // vacation
  { text: 'I am out of the office until Monday and will answer then.', want: 'vacation' },
  // virusdetected
  {
    text: '552 5.7.0 Virus detected: Eicar-Test-Signature',
    status: '5.7.0',
    command: 'DATA',
    want: 'virusdetected',
  },
];

describe('classify: a reason for every kind of diagnostic', () => {
  it.each(CASES.map((c) => [c.want, c.text.slice(0, 70) || '(no text)', c] as const))(
    '%s ← %s',
    (_want, _label, c) => {
      expect(run(c)).toBe(c.want);
    },
  );

  it('covers every reason of the vocabulary that wording or structure can produce', () => {
    const covered = new Set(CASES.map((c) => c.want));
    for (const reason of Object.keys(PHRASES)) expect(covered, reason).toContain(reason);
    for (const reason of ['delivered', 'feedback', 'onhold', 'undefined', 'syntaxerror'] as const)
      expect(covered).toContain(reason);
  });
});

// The same words read differently with the SMTP step, the status code or what the mail system
// stated; and wording that must not be read wider than it means.
const IN_CONTEXT: [label: string, c: Case][] = [
  [
    '"user unknown" in answer to RCPT TO is a bad address',
    { text: '550 User unknown', command: 'RCPT', want: 'userunknown' },
  ],
  [
    'the same words after DATA come from a filter',
    { text: '550 User unknown', command: 'DATA', want: 'filtered' },
  ],
  [
    'without the step, the words alone do not make a bad address',
    { text: '550 User unknown', want: 'filtered' },
  ],
  [
    'a 5.1.1 is a bad address whatever the step',
    {
      text: '550 5.1.1 <a@example.org>... User Unknown',
      status: '5.1.1',
      command: 'DATA',
      want: 'userunknown',
    },
  ],
  [
    'spam wording after DATA is a content verdict',
    {
      text: '554 5.7.1 Spam detected: client host [192.0.2.1] blocked using bl.spamcop.net',
      status: '5.7.1',
      command: 'DATA',
      want: 'spamdetected',
    },
  ],
  [
    'the same words before DATA are the refusal of the host',
    {
      text: '554 5.7.1 Spam detected: client host [192.0.2.1] blocked using bl.spamcop.net',
      status: '5.7.1',
      command: 'RCPT',
      want: 'blocked',
    },
  ],
  [
    'a refusal at EHLO with nothing else to go on blocks the sending host',
    { text: '550 Go somewhere else', command: 'EHLO', want: 'blocked' },
  ],
  [
    'the same refusal at RCPT names no reason',
    { text: '550 Go somewhere else', command: 'RCPT', want: 'onhold' },
  ],
  [
    'a specific reason the mail system states stands',
    { text: '550 5.1.1 User unknown', status: '5.1.1', hint: 'mailboxfull', want: 'mailboxfull' },
  ],
  [
    'a vague one gives way to the wording',
    { text: '550 Mailbox is full', hint: 'userunknown', want: 'mailboxfull' },
  ],
  [
    'a vague one stands when nothing more specific is said',
    { text: '550 Refused', hint: 'userunknown', want: 'userunknown' },
  ],
  [
    'PTR records named in advice do not make a content refusal a reverse-DNS one',
    {
      text: '550 5.7.1 Message rejected as spam by Content Filtering. Make sure your SPF, DKIM and PTR records are set up.',
      status: '5.7.1',
      command: 'DATA',
      want: 'spamdetected',
    },
  ],
  [
    'SPF records named in advice do not make a spam refusal an authentication one',
    {
      text: 'Your email to group team@example.com was rejected due to spam classification. Set up SPF records for your sending domain if you have not done so already.',
      want: 'spamdetected',
    },
  ],
  [
    'an SPF check that fails, however it is worded, is an authentication failure',
    {
      text: '550 5.7.1 SPF authentication failure for example.org',
      status: '5.7.1',
      command: 'MAIL',
      want: 'authfailure',
    },
  ],
  [
    'Spamhaus refusing the receiver\'s own lookups ("open resolver") is the receiver\'s fault, not a listing',
    {
      text: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/172.16.0.1/',
      status: '5.7.1',
      command: 'RCPT',
      want: 'systemerror',
    },
  ],
  [
    'a message size limit is a message too big',
    { text: '552 Message size limit exceeded', want: 'mesgtoobig' },
  ],
  [
    "a mailbox's size limit is a full mailbox, not a message too big",
    { text: '552 Recipient mailbox size limit exceeded', want: 'mailboxfull' },
  ],
  [
    '"go away" as the whole reply refuses the host',
    { text: '554 5.7.1 Go away', status: '5.7.1', command: 'RCPT', want: 'blocked' },
  ],
  [
    'a reputation list that defers the sender blocks it',
    {
      text: '450 4.7.1 Client host rejected: deferred using Trend Micro Email Reputation database',
      command: 'RCPT',
      want: 'blocked',
    },
  ],
];

describe('classify: words in their context', () => {
  it.each(IN_CONTEXT)('%s', (_label, c) => {
    expect(run(c)).toBe(c.want);
  });
});

describe('reason wording stays linear on hostile input', () => {
  const huge = 1_000_000;
  const inputs = [
    ' '.repeat(huge),
    '<'.repeat(huge),
    '5.'.repeat(huge / 2),
    'a'.repeat(huge),
    '(a@'.repeat(huge / 3),
    'mailbox '.repeat(huge / 8),
    `${'user '.repeat(huge / 10)}x`,
    `authentification requise ${'a'.repeat(huge)}`,
    `dnsbl:rbl 521< ${'>'.repeat(huge)}`,
    `(${'a@'.repeat(huge / 2)}`,
    'no '.repeat(huge / 3),
    `spf${' a'.repeat(huge / 2)}`,
    'size limit'.repeat(huge / 10),
    `${'mailbox '.repeat(huge / 16)}size limit`,
  ];

  it('matches every reason over a megabyte of repetition in well under a second each', () => {
    for (const input of inputs) {
      const started = performance.now();
      for (const reason of Object.keys(PHRASES) as PhrasedReason[]) findWording(reason, input);
      expect(performance.now() - started, input.slice(0, 20)).toBeLessThan(1000);
    }
  });
});
