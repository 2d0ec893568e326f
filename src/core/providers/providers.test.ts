// What a user sees for a refusal by a known provider: which provider, the reason, and who must
// act. Each row runs the engine's own steps (detectProvider, classify, whoMustAct), so it checks
// the verdict rather than which rule produced it.
import { describe, expect, it } from 'vitest';
import { whoMustAct } from '../actors';
import { classify } from '../classify';
import { normalizeText } from '../reasons/match';
import { PROVIDERS, type Reason } from '../types';
import { PROVIDER_LIST } from './index';
import { detectProvider, providerByKey } from './match';

const detect = (remoteHost: string | null, recipient: string | null, text = '') =>
  detectProvider({ remoteHost, recipient, text: normalizeText(text) });

interface Reply {
  text: string;
  /** The server that refused; null when the report names none. */
  host?: string | null;
  to?: string;
  /** The enhanced status code, when the report's differs from the one at the start of the text. */
  status?: string;
}

/** The provider, the reason and who must act ("primary+secondary"), as a result shows them. */
function explain({ text, host = null, to = 'someone@example.org', status }: Reply) {
  const provider = detect(host, to, text);
  const replyCode = /^[245]\d\d/.exec(text)?.[0] ?? '';
  const code = status ?? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? '';
  const { reason, who, evidence } = classify({
    status: code,
    replyCode,
    diagnostic: text,
    diagnosticType: 'SMTP',
    command: null,
    action: '',
    provider,
  });
  const actor = whoMustAct(reason, (code || replyCode).startsWith('4'), who);
  return {
    provider: provider?.key ?? null,
    reason,
    who: actor.secondary ? `${actor.primary}+${actor.secondary}` : actor.primary,
    evidence,
  };
}

describe('the provider registry', () => {
  it('has a rule set for every public provider id, and unique keys', () => {
    for (const id of PROVIDERS) expect(PROVIDER_LIST.some((p) => p.id === id)).toBe(true);
    const keys = PROVIDER_LIST.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(providerByKey('google')?.id).toBe('google');
  });

  it('gives regional rule sets no public id', () => {
    for (const key of ['kddi', 'nttdocomo', 'tencent', 'iua', 'facebook', 'sfr'])
      expect(providerByKey(key)?.id).toBeNull();
  });

  it('lists gateways before the mailbox providers behind them', () => {
    const at = (key: string) => PROVIDER_LIST.findIndex((p) => p.key === key);
    for (const gateway of ['proofpoint', 'mimecast', 'barracuda', 'cisco', 'messagelabs']) {
      for (const mailbox of ['google', 'microsoft365', 'outlook', 'yahoo', 'icloud'])
        expect(at(gateway)).toBeLessThan(at(mailbox));
    }
    expect(at('outlook')).toBeLessThan(at('microsoft365'));
  });

  it('names hosts and domains in lower case, as the clues are compared', () => {
    for (const p of PROVIDER_LIST)
      for (const name of [...p.hosts, ...(p.domains ?? [])])
        if (typeof name === 'string') expect(name, p.key).toBe(name.toLowerCase());
  });

  it('gives every rule words to look for, or the codes it stands for', () => {
    for (const p of PROVIDER_LIST)
      for (const rule of p.rules)
        expect(rule.match !== undefined || rule.status || rule.reply, `${p.key} ${rule.reason}`).toBeTruthy();
  });

  it('keeps every rule linear on hostile input', () => {
    const hostile = [
      ' '.repeat(1_000_000),
      '<'.repeat(1_000_000),
      '5.'.repeat(500_000),
      'ib1'.repeat(300_000),
      '@ '.repeat(500_000),
      `542 a@${'b@'.repeat(400_000)}`,
      'virus '.repeat(150_000),
      'aup#in-'.repeat(120_000),
      'ofr_'.repeat(200_000),
      'sfr_in_'.repeat(150_000),
    ];
    const started = Date.now();
    for (const p of PROVIDER_LIST) {
      for (const text of hostile) {
        for (const rule of p.rules) if (rule.match instanceof RegExp) rule.match.test(text);
        for (const m of p.markers ?? []) if (typeof m !== 'string') m.test(text);
      }
    }
    for (const text of hostile)
      detectProvider({
        remoteHost: `${'a.'.repeat(50_000)}com`,
        recipient: `x@${'a.'.repeat(50_000)}`,
        text,
      });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('detectProvider', () => {
  it.each([
    ['gmail-smtp-in.l.google.com', 'google'],
    ['alt1.aspmx.l.google.com', 'google'],
    ['example-com.mail.protection.outlook.com', 'microsoft365'],
    ['neko220022.namprd22.prod.outlook.com', 'microsoft365'],
    ['outlook-com.olc.protection.outlook.com', 'outlook'],
    ['mx4.hotmail.com', 'outlook'],
    ['mta6.am0.yahoodns.net', 'yahoo'],
    ['mx-aol.mail.gm0.yahoodns.net', 'yahoo'],
    ['mx01.mail.icloud.com', 'icloud'],
    ['mx2.me.com.akadns.net', 'icloud'],
    ['mx0a-001b2d01.pphosted.com', 'proofpoint'],
    ['us-smtp-inbound-1.mimecast.com', 'mimecast'],
    ['d123456a.ess.barracudanetworks.com', 'barracuda'],
    ['mx1.hc1234-56.iphmx.com', 'cisco'],
    ['cluster1.eu.messagelabs.com', 'messagelabs'],
    ['mx.zoho.com', 'zoho'],
    ['mx00.gmx.net', 'gmx'],
    ['mx-ha01.web.de', 'gmx'],
    ['mx00.t-online.de', 'tonline'],
    ['mxs.mail.ru', 'mailru'],
    ['mx.yandex.ru', 'yandex'],
    ['smtp-in.orange.fr', 'orange'],
    ['smtpz4.laposte.net', 'orange'],
    ['mx1.comcast.net', 'comcast'],
    ['cxr.mx.a.cloudfilter.net', 'cox'],
    ['smtp.secureserver.net', 'godaddy'],
    ['mx3.qq.com', 'tencent'],
    ['smtp-in.sfr.fr', 'sfr'],
    ['MFSMAX.DOCOMO.NE.JP.', 'nttdocomo'],
  ])('recognises %s by host as %s', (host, key) => {
    expect(detect(host, 'someone@example.org')?.key).toBe(key);
  });

  it('does not take a look-alike host for a provider', () => {
    expect(detect('mx.notgoogle.com', 'a@example.org')).toBeNull();
    expect(detect('smtp.gmail.com.example.net', 'a@example.org')).toBeNull();
    expect(detect('mx.examplemail.com', 'a@example.org')).toBeNull();
  });

  it('prefers the gateway a host names over the recipient domain behind it', () => {
    expect(detect('mx0b-00abcd01.pphosted.com', 'someone@gmail.com')?.key).toBe('proofpoint');
    expect(detect('eu-smtp-inbound-2.mimecast.com', 'someone@outlook.com')?.key).toBe('mimecast');
  });

  it.each([
    [
      '550-5.1.1 The email account that you tried to reach does not exist. e22-n7GpZmsf093195.222 - gsmtp',
      'google',
    ],
    [
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      'outlook',
    ],
    [
      '550 5.4.1 Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]',
      'microsoft365',
    ],
    [
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
      'yahoo',
    ],
    ['550 5.1.0 <a@example.org> sender rejected. AUP#In-1310', 'spectrum'],
    [
      '550 5.1.0 <a@example.org> sender rejected. Refer to https://www.cox.com/residential/support/email-error-codes.html AUP#CXBL',
      'cox',
    ],
    ['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', 'orange'],
    ['550 5.1.1 <a@example.org> 192.0.2.1 has sent to too many recipients this hour. IB607', 'godaddy'],
    ['554 email rejected due to security policies - MCSpamSignature.sa.2.2', 'mimecast'],
    ['550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1', 'proofpoint'],
    [
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
      'cisco',
    ],
    ['554-Nemesis ESMTP Service not available 554-Bad DNS PTR resource record.', 'gmx'],
    [
      '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
      'tonline',
    ],
    [
      '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc or report details to abuse@corp.mail.ru',
      'mailru',
    ],
    ['554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc', 'yandex'],
    ['550 RL000003 Throttled - try again later #RL000003', 'comcast'],
    ['550 Mailbox is frozen. See http://mail.i.ua/err/3/', 'iua'],
    ['450 4.7.1 Service refused, please try later. SFR_IN_101', 'sfr'],
  ])('recognises wording only its provider writes: %s', (text, key) => {
    expect(detect(null, 'someone@example.org', text)?.key).toBe(key);
  });

  it('reads Google before Microsoft when a report carries both', () => {
    const text =
      "Remote server returned '550-5.1.1 The email account that you tried to reach does not exist. x12 - gsmtp' [AM0PR01MB1234.eurprd01.prod.outlook.com]";
    expect(detect(null, 'a@example.org', text)?.key).toBe('google');
  });

  it.each([
    ['someone@gmail.com', 'google'],
    ['someone@hotmail.co.uk', 'outlook'],
    ['someone@live.com', 'outlook'],
    ['someone@yahoo.co.uk', 'yahoo'],
    ['someone@aol.com', 'yahoo'],
    ['someone@icloud.com', 'icloud'],
    ['someone@web.de', 'gmx'],
    ['someone@t-online.de', 'tonline'],
    ['someone@bk.ru', 'mailru'],
    ['someone@wanadoo.fr', 'orange'],
    ['someone@cox.net', 'cox'],
    ['someone@charter.net', 'spectrum'],
    ['someone@nc.rr.com', 'spectrum'],
    ['someone@comcast.net', 'comcast'],
    ['someone@ezweb.ne.jp', 'kddi'],
  ])('falls back to the recipient domain: %s is %s', (recipient, key) => {
    expect(detect(null, recipient, '550 5.1.1 user unknown')?.key).toBe(key);
  });

  it('tells Outlook.com consumers from Microsoft 365 tenants on the same EOP servers', () => {
    const text =
      '550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification. [AB1PR01MB1234.eurprd01.prod.outlook.com]';
    expect(detect(null, 'someone@example.com', text)?.key).toBe('microsoft365');
    expect(detect(null, 'someone@outlook.com', text)?.key).toBe('outlook');
    expect(detect('eur.olc.protection.outlook.com', 'someone@example.com', text)?.key).toBe('outlook');
    expect(detect('nam02-bn1.mail.protection.outlook.com', 'someone@hotmail.com', text)?.key).toBe('outlook');
  });

  it('reads a Proofpoint block to an iCloud address as iCloud (its MX filter with Proofpoint)', () => {
    expect(
      detect(
        null,
        'someone@icloud.com',
        '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1',
      )?.key,
    ).toBe('icloud');
  });

  it('does not credit the recipient domain with a refusal another named server made', () => {
    expect(detect('relay.example.net', 'someone@gmail.com', '554 5.7.1 Relay access denied')).toBeNull();
    expect(detect('[192.0.2.1]', 'someone@gmail.com', '554 5.7.1 Relay access denied')?.key).toBe('google');
    expect(detect('localhost', 'someone@gmail.com', '451 4.3.0 Temporary lookup failure')?.key).toBe(
      'google',
    );
  });

  it('finds nothing without a host, wording or domain it knows', () => {
    expect(
      detect(
        'mx.example.org',
        'someone@example.org',
        '550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown',
      ),
    ).toBeNull();
    expect(detect(null, null, '')).toBeNull();
  });
});

interface Row extends Reply {
  reason: Reason;
  who: string;
}

// Real-looking replies (FACTS §5–§8), by provider, with the server and recipient most of them
// share; a row names its own where it differs.
const TABLE: Record<string, { host: string | null; to: string; rows: Row[] }> = {
  google: {
    host: 'gmail-smtp-in.l.google.com',
    to: 'a@gmail.com',
    rows: [
      {
        text: "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos. x - gsmtp",
        reason: 'userunknown',
        who: 'sender',
      },
      {
        text: '550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00 - gsmtp',
        host: 'aspmx.l.google.com',
        to: 'a@example.org',
        reason: 'suspend',
        who: 'recipient',
      },
      {
        text: "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp x - gsmtp",
        reason: 'mailboxfull',
        who: 'nobody+recipient',
      },
      {
        text: '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. x - gsmtp',
        reason: 'authfailure',
        who: 'nobody+senderAdmin',
      },
      {
        text: "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy. x - gsmtp",
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. x - gsmtp",
        reason: 'failedstarttls',
        who: 'nobody+senderAdmin',
      },
      {
        text: '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. x - gsmtp',
        reason: 'requireptr',
        who: 'senderAdmin',
      },
      {
        text: '550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. x - gsmtp',
        reason: 'badreputation',
        who: 'senderAdmin',
      },
      {
        text: '550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. x - gsmtp',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
      {
        text: '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. x - gsmtp',
        reason: 'blocked',
        who: 'nobody+senderAdmin',
      },
      {
        text: '550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. x - gsmtp',
        reason: 'notcompliantrfc',
        who: 'senderAdmin',
      },
      {
        text: '552-5.7.0 This message was blocked because its content presents a potential security issue. x - gsmtp',
        host: 'aspmx.l.google.com',
        to: 'a@example.org',
        reason: 'policyviolation',
        who: 'sender',
      },
      {
        text: "552-5.2.3 Your message exceeded Google's message size limits. x - gsmtp",
        reason: 'mesgtoobig',
        who: 'sender',
      },
      {
        text: '450-4.2.1 The user you are trying to contact is receiving mail too quickly. x - gsmtp',
        reason: 'speeding',
        who: 'nobody+sender',
      },
      {
        text: '421-4.7.0 This message is suspicious due to the nature of the content or the links within. x - gsmtp',
        reason: 'spamdetected',
        who: 'nobody+sender',
      },
      {
        text: '421-4.7.0 IP not in whitelist for RCPT domain, closing connection. x - gsmtp',
        host: 'aspmx.l.google.com',
        to: 'a@example.org',
        reason: 'blocked',
        who: 'nobody+recipientAdmin',
      },
      {
        text: '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop. x - gsmtp',
        reason: 'networkerror',
        who: 'recipientAdmin',
      },
      {
        text: '550-5.4.5 Daily user sending limit exceeded. x - gsmtp',
        host: 'smtp.gmail.com',
        to: 'a@example.org',
        reason: 'speeding',
        who: 'sender+senderAdmin',
      },
    ],
  },
  microsoft365: {
    host: 'example-com.mail.protection.outlook.com',
    to: 'a@example.com',
    rows: [
      {
        text: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ (AS16012609)',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN1NAM02FT031.eop-nam02.prod.protection.outlook.com]',
        host: 'example-org.mail.protection.outlook.com',
        to: 'a@example.org',
        reason: 'userunknown',
        who: 'sender',
      },
      {
        text: '550 5.7.504 Recipient address rejected: Access denied',
        host: 'example-org.mail.protection.outlook.com',
        to: 'a@example.org',
        reason: 'suspend',
        who: 'sender',
      },
      {
        text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        reason: 'userunknown',
        who: 'sender',
      },
      {
        text: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: '550 5.7.25 The sending IP address must have a reverse DNS record',
        reason: 'requireptr',
        who: 'senderAdmin',
      },
      {
        text: '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
        reason: 'failedstarttls',
        who: 'recipientAdmin',
      },
      {
        text: '550 5.7.900 Delivery not authorized, message refused',
        reason: 'policyviolation',
        who: 'recipientAdmin',
      },
      {
        text: '550 5.7.1 Delivery not authorized, message refused',
        reason: 'rejected',
        who: 'recipientAdmin',
      },
      {
        text: '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
        reason: 'notcompliantrfc',
        who: 'senderAdmin',
      },
      {
        text: "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
        reason: 'speeding',
        who: 'sender',
      },
      { text: '550 5.7.505 Access denied, banned recipient', reason: 'suspend', who: 'sender' },
      {
        text: '550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
        reason: 'blocked',
        who: 'recipientAdmin',
      },
      {
        text: "550 5.2.122 Recipient's per hour message receive limit exceeded",
        reason: 'speeding',
        who: 'nobody+sender',
      },
      {
        text: "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
        reason: 'speeding',
        who: 'sender+senderAdmin',
      },
      { text: '550 5.4.1 Relay Access Denied', reason: 'norelaying', who: 'recipientAdmin' },
    ],
  },
  outlook: {
    host: 'outlook-com.olc.protection.outlook.com',
    to: 'a@hotmail.com',
    rows: [
      {
        text: '550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject.',
        to: 'a@outlook.com',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn't meet the required authentication level.",
        host: 'hotmail-com.olc.protection.outlook.com',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)',
        to: 'a@outlook.com',
        reason: 'badreputation',
        who: 'nobody+senderAdmin',
      },
      {
        text: "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        host: 'hotmail-com.olc.protection.outlook.com',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.1 weren't sent.",
        host: null,
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '550 5.5.0 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)',
        host: 'mx1.hotmail.com',
        reason: 'userunknown',
        who: 'sender',
      },
    ],
  },
  yahoo: {
    host: 'mta6.am0.yahoodns.net',
    to: 'a@yahoo.com',
    rows: [
      {
        text: '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
        reason: 'rejected',
        who: 'nobody+senderAdmin',
      },
      {
        text: '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
        host: 'mta5.am0.yahoodns.net',
        reason: 'policyviolation',
        who: 'sender+senderAdmin',
      },
      {
        text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
        host: 'mta5.am0.yahoodns.net',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
        status: '5.0.0',
        reason: 'userunknown',
        who: 'sender',
      },
      {
        text: '554 30 Sorry, your message to a@aol.com cannot be delivered. This mailbox is disabled (554.30).',
        host: 'mx-aol.mail.gm0.yahoodns.net',
        to: 'a@aol.com',
        status: '5.0.0',
        reason: 'suspend',
        who: 'recipient',
      },
      {
        text: '421 Max message per connection reached, closing transmission channel',
        reason: 'toomanyconn',
        who: 'nobody',
      },
    ],
  },
  icloud: {
    host: 'mx01.mail.icloud.com',
    to: 'a@icloud.com',
    rows: [
      {
        text: "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      { text: '550 5.1.6 recipient no longer on server: a@icloud.com', reason: 'hasmoved', who: 'sender' },
      {
        text: '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        reason: 'policyviolation',
        who: 'senderAdmin',
      },
      {
        text: '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1',
        reason: 'blocked',
        who: 'senderAdmin',
      },
    ],
  },
  proofpoint: {
    host: 'mx0a-001b2d01.pphosted.com',
    to: 'a@example.com',
    rows: [
      {
        text: '550 5.7.0 Local Policy Violation',
        reason: 'policyviolation',
        who: 'recipientAdmin+senderAdmin',
      },
    ],
  },
  mimecast: {
    host: 'us-smtp-inbound-1.mimecast.com',
    to: 'a@example.com',
    rows: [
      { text: '550 SPF Sender Invalid - envelope rejected', reason: 'authfailure', who: 'senderAdmin' },
      {
        text: '550 Rejected by header based Anti-Spoofing policy: a@example.com',
        reason: 'policyviolation',
        who: 'recipientAdmin+senderAdmin',
      },
      { text: '550 Local CT IP Reputation - (Reject)', reason: 'badreputation', who: 'senderAdmin' },
    ],
  },
  barracuda: {
    host: 'd123456a.ess.barracudanetworks.com',
    to: 'a@example.com',
    rows: [
      {
        text: '554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1',
        reason: 'blocked',
        who: 'senderAdmin',
      },
    ],
  },
  cisco: {
    host: 'mx1.hc1234-56.iphmx.com',
    to: 'a@example.com',
    rows: [
      {
        text: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        reason: 'badreputation',
        who: 'senderAdmin',
      },
    ],
  },
  messagelabs: {
    host: 'cluster1.eu.messagelabs.com',
    to: 'a@example.com',
    rows: [
      {
        text: '501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting for more details about this error message.',
        reason: 'blocked',
        who: 'senderAdmin',
      },
    ],
  },
  zoho: {
    host: 'mx.zoho.com',
    to: 'a@zoho.com',
    rows: [
      {
        text: '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
      {
        text: '550 5.7.1 Email rejected per DMARC policy for example.org',
        to: 'a@example.com',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
    ],
  },
  gmx: {
    host: 'mx00.gmx.net',
    to: 'a@gmx.de',
    rows: [
      {
        text: '554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=rdns',
        reason: 'requireptr',
        who: 'senderAdmin',
      },
      {
        text: '550 Requested action not taken: mailbox unavailable / invalid DNS MX or A/AAAA resource record',
        reason: 'rejected',
        who: 'senderAdmin',
      },
    ],
  },
  tonline: {
    host: 'mx00.t-online.de',
    to: 'a@t-online.de',
    rows: [
      {
        text: '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
        reason: 'blocked',
        who: 'senderAdmin',
      },
    ],
  },
  mailru: {
    host: 'mxs.mail.ru',
    to: 'a@mail.ru',
    rows: [
      {
        text: '550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: account is disabled',
        reason: 'suspend',
        who: 'recipient',
      },
      {
        text: '550 Message sending for this account is disabled',
        host: 'smtp.mail.ru',
        to: 'a@example.org',
        reason: 'rejected',
        who: 'sender',
      },
    ],
  },
  yandex: {
    host: 'mx.yandex.ru',
    to: 'a@yandex.ru',
    rows: [
      {
        text: '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
      { text: '550 5.7.1 Policy rejection on the target address', reason: 'suspend', who: 'recipient' },
      {
        text: '451 4.7.1 Sorry, the service is currently unavailable. Please come back later.',
        reason: 'systemerror',
        who: 'nobody+recipientAdmin',
      },
    ],
  },
  orange: {
    host: 'smtp-in.orange.fr',
    to: 'a@orange.fr',
    rows: [
      {
        text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
        reason: 'userunknown',
        who: 'sender',
      },
      {
        text: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
        reason: 'mailboxfull',
        who: 'recipient',
      },
      {
        text: '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420',
        host: 'smtpz4.laposte.net',
        to: 'a@laposte.net',
        reason: 'suspend',
        who: 'recipient',
      },
      {
        text: '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
    ],
  },
  comcast: {
    host: 'mx1.comcast.net',
    to: 'a@comcast.net',
    rows: [
      {
        text: '554 resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net 192.0.2.1 found on one or more RBLs (BL000010). Refer to https://postmaster.comcast.net',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: '421 4.1.0 192.0.2.1 Throttled - try again later. Please see http://postmaster.comcast.net #RL000003',
        reason: 'speeding',
        who: 'nobody+senderAdmin',
      },
    ],
  },
  cox: {
    host: 'cxr.mx.a.cloudfilter.net',
    to: 'a@cox.net',
    rows: [
      {
        text: '550 5.1.0 <a@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      { text: '554 5.7.1 192.0.2.1 rejected - no rDNS. AUP#CXDNS', reason: 'requireptr', who: 'senderAdmin' },
      {
        text: '554 5.7.1 URL in message is blocked. AUP#URLBL1001',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
    ],
  },
  spectrum: {
    host: 'mx.charter.net',
    to: 'a@charter.net',
    rows: [
      {
        text: '550 5.1.0 <a@example.org> sender rejected. Please see understanding-email-error-codes, AUP#In-1310',
        reason: 'toomanyconn',
        who: 'senderAdmin',
      },
      {
        text: '554 5.7.1 Your IP address has been blocked due to suspicious activity. AUP#In-1000',
        reason: 'blocked',
        who: 'senderAdmin',
      },
      {
        text: '550 5.7.1 The IP address has an issue with DNS. AUP#In-1110',
        reason: 'requireptr',
        who: 'senderAdmin',
      },
      { text: '550 5.1.0 sender rejected AUP#Out-1010', reason: 'rejected', who: 'sender' },
      { text: '550 5.1.0 sender rejected AUP#O-1020', reason: 'rejected', who: 'sender' },
    ],
  },
  godaddy: {
    host: 'smtp.secureserver.net',
    to: 'a@example.com',
    rows: [
      {
        text: '550 5.1.1 <a@example.com> 192.0.2.1 has sent to too many recipients this hour. IB607',
        host: 'p3plibsmtp01-01.prod.phx3.secureserver.net',
        reason: 'speeding',
        who: 'senderAdmin',
      },
      {
        text: '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
        reason: 'requireptr',
        who: 'nobody+senderAdmin',
      },
      {
        text: '552 This message has been rejected due to content judged to be spam by the Internet community. IB212',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
      { text: '550 Too many recipients in this message. IB605', reason: 'toomanyconn', who: 'senderAdmin' },
    ],
  },
  kddi: {
    host: 'lsean.ezweb.ne.jp',
    to: 'a@ezweb.ne.jp',
    rows: [
      { text: '550 : User unknown', status: '5.0.0', reason: 'filtered', who: 'recipient' },
      { text: '550 <a@ezweb.ne.jp>: User unknown', status: '5.0.0', reason: 'userunknown', who: 'sender' },
    ],
  },
  nttdocomo: {
    host: 'mfsmax.docomo.ne.jp',
    to: 'a@docomo.ne.jp',
    rows: [
      { text: '550 Unknown user a@docomo.ne.jp', status: '5.2.0', reason: 'filtered', who: 'recipient' },
      { text: '552 Too many recipients', status: '5.0.0', reason: 'toomanyconn', who: 'senderAdmin' },
    ],
  },
  tencent: {
    host: 'mx3.qq.com',
    to: 'a@qq.com',
    rows: [
      {
        text: '550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.',
        status: '5.0.0',
        reason: 'authfailure',
        who: 'senderAdmin',
      },
      {
        text: '550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
        status: '5.0.0',
        reason: 'spamdetected',
        who: 'sender+senderAdmin',
      },
    ],
  },
  iua: {
    host: 'mx3.email.ua',
    to: 'a@i.ua',
    rows: [
      {
        text: '550 Mailbox is frozen. See http://mail.i.ua/err/3/',
        status: '5.0.0',
        reason: 'suspend',
        who: 'recipient',
      },
      {
        text: '550 Not in the list. See http://mail.i.ua/err/10/',
        status: '5.0.0',
        reason: 'filtered',
        who: 'recipient+recipientAdmin',
      },
    ],
  },
  facebook: {
    host: 'smtpin.mx.facebook.com',
    to: 'a@facebook.com',
    rows: [
      {
        text: '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences',
        reason: 'filtered',
        who: 'recipient+recipientAdmin',
      },
    ],
  },
  sfr: {
    host: 'smtp-in.sfr.fr',
    to: 'a@sfr.fr',
    rows: [
      {
        text: '450 4.7.1 Service refused, please try later. SFR_IN_101',
        reason: 'blocked',
        who: 'nobody+senderAdmin',
      },
      {
        text: '450 4.7.1 Service refused, please try later. SFR_IN_105',
        reason: 'speeding',
        who: 'nobody+senderAdmin',
      },
    ],
  },
};

describe('a provider refusal, as the user sees it', () => {
  const cases = Object.entries(TABLE).flatMap(([key, { host, to, rows }]) =>
    rows.map((row) => [key, row.reason, row.who, row.text.slice(0, 60), { host, to, ...row }] as const),
  );
  it.each(cases)('%s: %s, %s acts ← %s', (key, reason, who, _label, row) => {
    expect(explain(row)).toMatchObject({ provider: key, reason, who });
  });

  it.each([
    [
      'smtp.secureserver.net',
      '550 5.1.1 <a@example.com> too many recipients this hour. IB607',
      'provider:godaddy:IB607',
    ],
    ['mx.charter.net', '550 5.1.0 sender rejected AUP#In-1310', 'provider:spectrum:AUP#1300-1340'],
    [
      'gmail-smtp-in.l.google.com',
      "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass. x - gsmtp",
      'provider:google:4.7.27',
    ],
  ])("names the provider's own code in the evidence: %s %s", (host, text, rule) => {
    expect(explain({ host, text }).evidence.map((e) => e.rule)).toContain(rule);
  });

  it("reads TSS04 as Yahoo refusing the sender only when Yahoo's own host said it", () => {
    const text =
      '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes';
    expect(explain({ host: 'mta6.am0.yahoodns.net', to: 'a@yahoo.com', text }).reason).toBe('rejected');
    expect(explain({ to: 'a@yahoo.com', text })).toMatchObject({
      provider: 'yahoo',
      reason: 'badreputation',
    });
  });

  // A known provider whose reply has no code or wording of its own reads as any server's would.
  it.each([
    ['aspmx.l.google.com', 'a@example.org', '550 5.1.1 <a@example.org>... User Unknown'],
    ['mta6.am0.yahoodns.net', 'a@yahoo.com', '552 5.2.2 Mailbox Full'],
    ['smtp-in.orange.fr', 'a@orange.fr', '550 5.7.1 Message rejected'],
    ['mx.charter.net', 'a@charter.net', '550 5.1.0 sender rejected'],
    ['mx1.hotmail.com', 'a@hotmail.com', '550 5.7.1 Requested action not taken: mailbox unavailable'],
  ])('leaves a plain reply to the generic reading: %s %s "%s"', (host, to, text) => {
    const generic = explain({ host: 'mx.example.net', to: 'someone@example.net', text });
    expect(generic.provider).toBeNull();
    expect(explain({ host, to, text })).toMatchObject({ reason: generic.reason, who: generic.who });
  });
});
