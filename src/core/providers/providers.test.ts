import { describe, expect, it } from 'vitest';
import { normalizeText } from '../reasons/match';
import { PROVIDERS, type Reason, type WhoMustAct } from '../types';
import { PROVIDER_LIST } from './index';
import { detectProvider, matchProvider, providerByKey } from './match';

const detect = (remoteHost: string | null, recipient: string | null, text = '') =>
  detectProvider({ remoteHost, recipient, text: normalizeText(text) });

/** The reason the detected provider's rules give, or null when no rule (or no provider) fires. */
function verdict(remoteHost: string | null, recipient: string | null, text: string, status = '', reply = '') {
  const provider = detect(remoteHost, recipient, text);
  const rule = provider ? matchProvider(provider, normalizeText(text), status, reply) : null;
  return { key: provider?.key ?? null, reason: rule?.reason ?? null, who: rule?.who, code: rule?.code };
}

describe('the provider registry', () => {
  it('has a rule set for every public provider id, and unique keys', () => {
    for (const id of PROVIDERS) expect(PROVIDER_LIST.some((p) => p.id === id)).toBe(true);
    const keys = PROVIDER_LIST.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(providerByKey('google')?.id).toBe('google');
  });

  it('gives regional rule sets no public id', () => {
    for (const key of ['kddi', 'nttdocomo', 'tencent', 'iua', 'facebook'])
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
    ];
    const started = Date.now();
    for (const p of PROVIDER_LIST) {
      for (const text of hostile) {
        for (const rule of p.rules) if (typeof rule.match !== 'string') rule.match.test(text);
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

  it('reads the stock "mailbox unavailable" as an unknown Outlook.com address only with 5.5.0', () => {
    const text = '550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)';
    expect(verdict('mx1.hotmail.com', 'a@hotmail.com', text, '5.5.0').reason).toBe('userunknown');
    expect(verdict('mx1.hotmail.com', 'a@hotmail.com', text, '5.7.1').reason).toBeNull();
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

type Row = [
  provider: string,
  host: string | null,
  recipient: string,
  text: string,
  status: string,
  reason: Reason,
];

// Real-looking replies (FACTS §5–§8) → the provider's reading.
const TABLE: Row[] = [
  // Google
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos. x - gsmtp",
    '5.1.1',
    'userunknown',
  ],
  [
    'google',
    'aspmx.l.google.com',
    'a@example.org',
    '550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00 - gsmtp',
    '5.2.1',
    'suspend',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp x - gsmtp",
    '4.2.2',
    'mailboxfull',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. x - gsmtp',
    '4.7.26',
    'authfailure',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy. x - gsmtp",
    '5.7.26',
    'authfailure',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. x - gsmtp",
    '4.7.29',
    'failedstarttls',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. x - gsmtp',
    '5.7.25',
    'requireptr',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. x - gsmtp',
    '5.7.1',
    'badreputation',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. x - gsmtp',
    '5.7.1',
    'spamdetected',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. x - gsmtp',
    '4.7.28',
    'blocked',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    '550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. x - gsmtp',
    '5.7.1',
    'notcompliantrfc',
  ],
  [
    'google',
    'aspmx.l.google.com',
    'a@example.org',
    '552-5.7.0 This message was blocked because its content presents a potential security issue. x - gsmtp',
    '5.7.0',
    'policyviolation',
  ],
  [
    'google',
    'gmail-smtp-in.l.google.com',
    'a@gmail.com',
    "552-5.2.3 Your message exceeded Google's message size limits. x - gsmtp",
    '5.2.3',
    'mesgtoobig',
  ],
  // Microsoft 365 and Outlook.com
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ (AS16012609)',
    '5.7.606',
    'blocked',
  ],
  [
    'microsoft365',
    'example-org.mail.protection.outlook.com',
    'a@example.org',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN1NAM02FT031.eop-nam02.prod.protection.outlook.com]',
    '5.4.1',
    'userunknown',
  ],
  [
    'microsoft365',
    'example-org.mail.protection.outlook.com',
    'a@example.org',
    '550 5.7.504 Recipient address rejected: Access denied',
    '5.7.504',
    'suspend',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '5.1.10',
    'userunknown',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    '5.7.23',
    'authfailure',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.25 The sending IP address must have a reverse DNS record',
    '5.7.25',
    'requireptr',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
    '5.7.321',
    'failedstarttls',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.900 Delivery not authorized, message refused',
    '5.7.900',
    'policyviolation',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.1 Delivery not authorized, message refused',
    '5.7.1',
    'rejected',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
    '5.7.512',
    'notcompliantrfc',
  ],
  [
    'microsoft365',
    'example-com.mail.protection.outlook.com',
    'a@example.com',
    "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
    '5.2.121',
    'speeding',
  ],
  [
    'outlook',
    'outlook-com.olc.protection.outlook.com',
    'a@outlook.com',
    '550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject.',
    '5.7.509',
    'authfailure',
  ],
  [
    'outlook',
    'hotmail-com.olc.protection.outlook.com',
    'a@hotmail.com',
    "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn't meet the required authentication level.",
    '5.7.515',
    'authfailure',
  ],
  [
    'outlook',
    'outlook-com.olc.protection.outlook.com',
    'a@outlook.com',
    '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)',
    '4.7.650',
    'badreputation',
  ],
  [
    'outlook',
    'hotmail-com.olc.protection.outlook.com',
    'a@hotmail.com',
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    '5.7.1',
    'blocked',
  ],
  [
    'outlook',
    null,
    'a@hotmail.com',
    "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.1 weren't sent.",
    '',
    'blocked',
  ],
  // Yahoo / AOL
  [
    'yahoo',
    'mta6.am0.yahoodns.net',
    'a@yahoo.com',
    '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    '4.7.0',
    'rejected',
  ],
  [
    'yahoo',
    'mta6.am0.yahoodns.net',
    'a@yahoo.com',
    '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    '5.7.2',
    'blocked',
  ],
  [
    'yahoo',
    'mta5.am0.yahoodns.net',
    'a@yahoo.com',
    '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
    '5.7.9',
    'policyviolation',
  ],
  [
    'yahoo',
    'mta5.am0.yahoodns.net',
    'a@yahoo.com',
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    '5.7.9',
    'authfailure',
  ],
  [
    'yahoo',
    'mta6.am0.yahoodns.net',
    'a@yahoo.com',
    "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
    '5.0.0',
    'userunknown',
  ],
  [
    'yahoo',
    'mx-aol.mail.gm0.yahoodns.net',
    'a@aol.com',
    '554 30 Sorry, your message to a@aol.com cannot be delivered. This mailbox is disabled (554.30).',
    '5.0.0',
    'suspend',
  ],
  // iCloud
  [
    'icloud',
    'mx01.mail.icloud.com',
    'a@icloud.com',
    "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    '5.7.1',
    'authfailure',
  ],
  [
    'icloud',
    'mx01.mail.icloud.com',
    'a@icloud.com',
    '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
    '5.7.1',
    'authfailure',
  ],
  [
    'icloud',
    'mx01.mail.icloud.com',
    'a@icloud.com',
    '550 5.1.6 recipient no longer on server: a@icloud.com',
    '5.1.6',
    'hasmoved',
  ],
  [
    'icloud',
    'mx01.mail.icloud.com',
    'a@icloud.com',
    '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    '5.7.1',
    'policyviolation',
  ],
  [
    'icloud',
    'mx01.mail.icloud.com',
    'a@icloud.com',
    '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1',
    '5.7.0',
    'blocked',
  ],
  // Gateways
  [
    'proofpoint',
    'mx0a-001b2d01.pphosted.com',
    'a@example.com',
    '550 5.7.0 Local Policy Violation',
    '5.7.0',
    'policyviolation',
  ],
  [
    'mimecast',
    'us-smtp-inbound-1.mimecast.com',
    'a@example.com',
    '550 SPF Sender Invalid - envelope rejected',
    '',
    'authfailure',
  ],
  [
    'mimecast',
    'us-smtp-inbound-1.mimecast.com',
    'a@example.com',
    '550 Rejected by header based Anti-Spoofing policy: a@example.com',
    '',
    'policyviolation',
  ],
  [
    'mimecast',
    'us-smtp-inbound-1.mimecast.com',
    'a@example.com',
    '550 Local CT IP Reputation - (Reject)',
    '',
    'badreputation',
  ],
  [
    'barracuda',
    'd123456a.ess.barracudanetworks.com',
    'a@example.com',
    '554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1',
    '',
    'blocked',
  ],
  [
    'cisco',
    'mx1.hc1234-56.iphmx.com',
    'a@example.com',
    "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    '',
    'badreputation',
  ],
  [
    'messagelabs',
    'cluster1.eu.messagelabs.com',
    'a@example.com',
    '501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting for more details about this error message.',
    '',
    'blocked',
  ],
  // Other mailbox providers
  [
    'zoho',
    'mx.zoho.com',
    'a@zoho.com',
    '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.',
    '5.7.1',
    'spamdetected',
  ],
  [
    'zoho',
    'mx.zoho.com',
    'a@example.com',
    '550 5.7.1 Email rejected per DMARC policy for example.org',
    '5.7.1',
    'authfailure',
  ],
  [
    'gmx',
    'mx00.gmx.net',
    'a@gmx.de',
    '554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=rdns',
    '',
    'requireptr',
  ],
  [
    'gmx',
    'mx00.gmx.net',
    'a@gmx.de',
    '550 Requested action not taken: mailbox unavailable / invalid DNS MX or A/AAAA resource record',
    '',
    'rejected',
  ],
  [
    'tonline',
    'mx00.t-online.de',
    'a@t-online.de',
    '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    '',
    'blocked',
  ],
  [
    'mailru',
    'mxs.mail.ru',
    'a@mail.ru',
    '550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: account is disabled',
    '',
    'suspend',
  ],
  [
    'yandex',
    'mx.yandex.ru',
    'a@yandex.ru',
    '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc',
    '5.7.1',
    'spamdetected',
  ],
  [
    'yandex',
    'mx.yandex.ru',
    'a@yandex.ru',
    '550 5.7.1 Policy rejection on the target address',
    '5.7.1',
    'suspend',
  ],
  [
    'orange',
    'smtp-in.orange.fr',
    'a@orange.fr',
    '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    '5.1.1',
    'userunknown',
  ],
  [
    'orange',
    'smtp-in.orange.fr',
    'a@orange.fr',
    '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
    '5.1.1',
    'mailboxfull',
  ],
  [
    'orange',
    'smtp-in.orange.fr',
    'a@orange.fr',
    '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref',
    '',
    'blocked',
  ],
  [
    'orange',
    'smtpz4.laposte.net',
    'a@laposte.net',
    '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420',
    '5.5.0',
    'suspend',
  ],
  [
    'orange',
    'smtp-in.orange.fr',
    'a@orange.fr',
    '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]',
    '5.2.0',
    'spamdetected',
  ],
  [
    'comcast',
    'mx1.comcast.net',
    'a@comcast.net',
    '554 resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net 192.0.2.1 found on one or more RBLs (BL000010). Refer to https://postmaster.comcast.net',
    '',
    'blocked',
  ],
  [
    'comcast',
    'mx1.comcast.net',
    'a@comcast.net',
    '550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001',
    '5.2.0',
    'authfailure',
  ],
  [
    'comcast',
    'mx1.comcast.net',
    'a@comcast.net',
    '421 4.1.0 192.0.2.1 Throttled - try again later. Please see http://postmaster.comcast.net #RL000003',
    '4.1.0',
    'speeding',
  ],
  [
    'cox',
    'cxr.mx.a.cloudfilter.net',
    'a@cox.net',
    '550 5.1.0 <a@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
    '5.1.0',
    'blocked',
  ],
  [
    'cox',
    'cxr.mx.a.cloudfilter.net',
    'a@cox.net',
    '554 5.7.1 192.0.2.1 rejected - no rDNS. AUP#CXDNS',
    '5.7.1',
    'requireptr',
  ],
  [
    'cox',
    'cxr.mx.a.cloudfilter.net',
    'a@cox.net',
    '554 5.7.1 URL in message is blocked. AUP#URLBL1001',
    '5.7.1',
    'spamdetected',
  ],
  [
    'spectrum',
    'mx.charter.net',
    'a@charter.net',
    '550 5.1.0 <a@example.org> sender rejected. Please see understanding-email-error-codes, AUP#In-1310',
    '5.1.0',
    'toomanyconn',
  ],
  [
    'spectrum',
    'mx.charter.net',
    'a@charter.net',
    '554 5.7.1 Your IP address has been blocked due to suspicious activity. AUP#In-1000',
    '5.7.1',
    'blocked',
  ],
  [
    'spectrum',
    'mx.charter.net',
    'a@charter.net',
    '550 5.7.1 The IP address has an issue with DNS. AUP#In-1110',
    '5.7.1',
    'requireptr',
  ],
  [
    'godaddy',
    'p3plibsmtp01-01.prod.phx3.secureserver.net',
    'a@example.com',
    '550 5.1.1 <a@example.com> 192.0.2.1 has sent to too many recipients this hour. IB607',
    '5.1.1',
    'speeding',
  ],
  [
    'godaddy',
    'smtp.secureserver.net',
    'a@example.com',
    '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
    '',
    'requireptr',
  ],
  [
    'godaddy',
    'smtp.secureserver.net',
    'a@example.com',
    '552 This message has been rejected due to content judged to be spam by the Internet community. IB212',
    '',
    'spamdetected',
  ],
  // Regional
  ['kddi', 'lsean.ezweb.ne.jp', 'a@ezweb.ne.jp', '550 : User unknown', '5.0.0', 'filtered'],
  ['kddi', 'lsean.ezweb.ne.jp', 'a@ezweb.ne.jp', '550 <a@ezweb.ne.jp>: User unknown', '5.0.0', 'userunknown'],
  [
    'nttdocomo',
    'mfsmax.docomo.ne.jp',
    'a@docomo.ne.jp',
    '550 Unknown user a@docomo.ne.jp',
    '5.2.0',
    'filtered',
  ],
  ['nttdocomo', 'mfsmax.docomo.ne.jp', 'a@docomo.ne.jp', '552 Too many recipients', '5.0.0', 'toomanyconn'],
  [
    'tencent',
    'mx3.qq.com',
    'a@qq.com',
    '550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.',
    '5.0.0',
    'authfailure',
  ],
  [
    'tencent',
    'mx3.qq.com',
    'a@qq.com',
    '550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    '5.0.0',
    'spamdetected',
  ],
  ['iua', 'mx3.email.ua', 'a@i.ua', '550 Mailbox is frozen. See http://mail.i.ua/err/3/', '5.0.0', 'suspend'],
  ['iua', 'mx3.email.ua', 'a@i.ua', '550 Not in the list. See http://mail.i.ua/err/10/', '5.0.0', 'filtered'],
  [
    'facebook',
    'smtpin.mx.facebook.com',
    'a@facebook.com',
    '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences',
    '5.1.1',
    'filtered',
  ],
];

describe('provider replies → reason', () => {
  it.each(TABLE)('%s: %s %s "%s" (%s) is %s', (key, host, recipient, text, status, reason) => {
    const got = verdict(host, recipient, text, status);
    expect(got.key).toBe(key);
    expect(got.reason).toBe(reason);
  });

  it('names who acts where the provider says so', () => {
    const who = (row: [string | null, string, string, string]): WhoMustAct | undefined => verdict(...row).who;
    expect(
      who([
        'example-com.mail.protection.outlook.com',
        'a@example.com',
        '550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
        '5.7.513',
      ]),
    ).toEqual({ primary: 'recipientAdmin' });
    expect(
      who(['mx.charter.net', 'a@charter.net', '550 5.1.0 sender rejected AUP#Out-1010', '5.1.0']),
    ).toEqual({ primary: 'sender' });
    expect(who(['mx.charter.net', 'a@charter.net', '550 5.1.0 sender rejected AUP#O-1020', '5.1.0'])).toEqual(
      {
        primary: 'sender',
      },
    );
    expect(
      who([
        'gmail-smtp-in.l.google.com',
        'a@gmail.com',
        '450-4.2.1 The user you are trying to contact is receiving mail too quickly. x - gsmtp',
        '4.2.1',
      ]),
    ).toEqual({ primary: 'sender' });
  });

  it('carries the provider code as evidence', () => {
    expect(
      verdict(
        'smtp.secureserver.net',
        'a@example.com',
        '550 5.1.1 <a@example.com> too many recipients this hour. IB607',
        '5.1.1',
      ).code,
    ).toBe('IB607');
    expect(
      verdict('mx.charter.net', 'a@charter.net', '550 5.1.0 sender rejected AUP#In-1310', '5.1.0').code,
    ).toBe('AUP#1300-1340');
  });

  it("reads TSS04 as Yahoo refusing the sender only when Yahoo's own host said it", () => {
    const text =
      '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes';
    expect(verdict('mta6.am0.yahoodns.net', 'a@yahoo.com', text, '4.7.0').reason).toBe('rejected');
    const guessed = verdict(null, 'a@yahoo.com', text, '4.7.0');
    expect(guessed.key).toBe('yahoo');
    expect(guessed.reason).toBeNull();
  });

  it('leaves wording any server writes to the reason classifier', () => {
    // A known provider, but no wording or code of its own: no rule fires.
    expect(
      verdict('aspmx.l.google.com', 'a@example.org', '550 5.1.1 <a@example.org>... User Unknown', '5.1.1')
        .reason,
    ).toBeNull();
    expect(
      verdict('mta6.am0.yahoodns.net', 'a@yahoo.com', '552 5.2.2 Mailbox Full', '5.2.2').reason,
    ).toBeNull();
    expect(
      verdict('smtp-in.orange.fr', 'a@orange.fr', '550 5.7.1 Message rejected', '5.7.1').reason,
    ).toBeNull();
    expect(
      verdict('mx.charter.net', 'a@charter.net', '550 5.1.0 sender rejected', '5.1.0').reason,
    ).toBeNull();
    // Provider wording from a server that is not that provider: no provider, so no rule.
    expect(
      verdict(
        'mx.example.org',
        'a@example.org',
        '550 5.7.1 Message content rejected, UBE, id=00000-22-225',
        '5.7.1',
      ).key,
    ).toBeNull();
  });
});
