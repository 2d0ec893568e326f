import { describe, expect, it } from 'vitest';
import { analyze, MAX_INPUT_BYTES } from './analyze';
import type { RecipientResult, Report } from './types';

const only = async (input: string | Uint8Array): Promise<{ report: Report; result: RecipientResult }> => {
  const analysis = await analyze(input);
  expect(analysis.reports).toHaveLength(1);
  const report = analysis.reports[0];
  expect(report.results).toHaveLength(1);
  return { report, result: report.results[0] };
};

const spanText = (report: Report, result: RecipientResult, kind: string) => {
  const span = result.spans.find((s) => s.kind === kind);
  return span ? report.displayText.slice(span.start, span.end) : undefined;
};

const DSN = `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.org
Subject: Delivery failure
Date: Mon, 2 Nov 2026 10:00:00 +0000
Message-ID: <dsn-1@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org
Arrival-Date: Mon, 2 Nov 2026 09:59:58 +0000

Final-Recipient: rfc822; ghost@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <ghost@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--b1
Content-Type: message/rfc822

From: sender@example.org
To: ghost@example.net
Subject: Quarterly numbers
Message-ID: <orig-1@example.org>

The numbers are attached.
--b1--
`;

describe('analyze: a standard delivery report (RFC 3464)', () => {
  it('reads the recipient, codes, servers and the returned message', async () => {
    const { report, result } = await only(DSN);
    expect(result).toMatchObject({
      recipient: 'ghost@example.net',
      action: 'failed',
      status: '5.1.1',
      statusInferred: false,
      replyCode: '550',
      reason: 'userunknown',
      hardBounce: true,
      permanence: 'permanent',
      remoteServer: { host: 'mx1.example.net', ip: null },
      reportingServer: { host: 'mx.example.org', ip: null },
      whoMustAct: { primary: 'sender' },
    });
    expect(result.diagnosticText).toBe(
      '550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    );
    expect(result.fields['arrival-date']).toBe('Mon, 2 Nov 2026 09:59:58 +0000');
    expect(report.original).toMatchObject({
      subject: 'Quarterly numbers',
      messageId: '<orig-1@example.org>',
    });
    expect(report.message.subject).toBe('Delivery failure');
    expect(report.inputKind).toBe('message');
  });

  it('points every span at its value in displayText', async () => {
    const { report, result } = await only(DSN);
    expect(spanText(report, result, 'reply')).toBe('550');
    expect(spanText(report, result, 'status')).toBe('5.1.1');
    expect(spanText(report, result, 'server')).toBe('mx1.example.net');
    expect(spanText(report, result, 'recipient')?.toLowerCase()).toBe('ghost@example.net');
    expect(spanText(report, result, 'diagnostic')).toContain('Recipient address');
  });

  it('shows the readable text and the report, not the returned message body', async () => {
    const { report } = await only(DSN);
    expect(report.displayText).toContain('Your message could not be delivered.');
    expect(report.displayText).toContain('Final-Recipient: rfc822; ghost@example.net');
    expect(report.displayText).not.toContain('The numbers are attached.');
  });

  it('reads the same report with CRLF and with lone CR line endings', async () => {
    for (const eol of ['\r\n', '\r']) {
      const { result } = await only(new TextEncoder().encode(DSN.replace(/\n/g, eol)));
      expect(result).toMatchObject({ recipient: 'ghost@example.net', status: '5.1.1', replyCode: '550' });
    }
  });
});

describe('analyze: just the error', () => {
  it('reads a lone SMTP reply', async () => {
    const { report, result } = await only(
      '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown',
    );
    expect(report.inputKind).toBe('smtp-reply');
    expect(result).toMatchObject({
      recipient: 'a@b.example',
      replyCode: '550',
      status: '5.1.1',
      reason: 'userunknown',
      hardBounce: true,
    });
    expect(report.displayText).toBe('550 5.1.1 <a@b.example>: Recipient address rejected: User unknown');
    expect(spanText(report, result, 'status')).toBe('5.1.1');
  });

  it('joins a multi-line reply into one diagnostic', async () => {
    const paste = [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550 5.7.26 Learn more at https://support.google.com/mail/answer/81126 - gsmtp',
    ].join('\n');
    const { result } = await only(paste);
    expect(result.replyCode).toBe('550');
    expect(result.status).toBe('5.7.26');
    expect(result.diagnosticText).toContain('Gmail requires all senders to authenticate');
    expect(result.diagnosticText).toContain('gsmtp');
    expect(result.hardBounce).toBe(false);
  });

  it('reads a Postfix log line', async () => {
    const line =
      'Nov  2 10:00:01 mx postfix/smtp[123]: 4F2A31C0: to=<bob@example.net>, relay=mx.example.net[192.0.2.25]:25, delay=1.2, dsn=5.2.2, status=bounced (host mx.example.net[192.0.2.25] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))';
    const { report, result } = await only(line);
    expect(report.inputKind).toBe('log-line');
    expect(result).toMatchObject({
      recipient: 'bob@example.net',
      replyCode: '552',
      status: '5.2.2',
      reason: 'mailboxfull',
      smtpCommand: 'RCPT',
      remoteServer: { host: 'mx.example.net', ip: '192.0.2.25' },
    });
  });

  it('reads an Exim log line', async () => {
    const line =
      '2026-11-02 10:00:01 1abcDE-000123-4F ** carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.26]: SMTP error from remote mail server after RCPT TO:<carol@example.net>: 550 5.1.1 No such user';
    const { result } = await only(line);
    expect(result).toMatchObject({
      recipient: 'carol@example.net',
      replyCode: '550',
      status: '5.1.1',
      smtpCommand: 'RCPT',
    });
    expect(result.remoteServer).toEqual({ host: 'mx.example.net', ip: '192.0.2.26' });
  });

  it('infers only the class when there is no status code, and marks it inferred', async () => {
    const { report, result } = await only(
      '421 Too many concurrent connections from your IP, try again later',
    );
    expect(result.status).toBe('4.0.0');
    expect(result.statusInferred).toBe(true);
    expect(result.permanence).toBe('temporary');
    expect(result.whoMustAct.primary).toBe('nobody');
    expect(result.spans.find((s) => s.kind === 'status')).toBeUndefined();
    expect(spanText(report, result, 'reply')).toBe('421');
  });
});

describe('analyze: things that are not bounces', () => {
  it('says an ordinary email is not a bounce, even when it quotes an error', async () => {
    const mail = `From: Kim <kim@example.org>
To: team@example.org
Subject: About the 550 5.1.1 errors
Date: Mon, 2 Nov 2026 10:00:00 +0000
Message-ID: <q1@example.org>
MIME-Version: 1.0
Content-Type: text/plain

Our newsletter got "550 5.1.1 <x@example.com>: User unknown" for some addresses.
`;
    const analysis = await analyze(mail);
    expect(analysis.reports[0].results).toEqual([]);
    expect(analysis.reports[0].problems.map((p) => p.code)).toContain('not-a-bounce');
  });

  it('does not take a read receipt for a bounce', async () => {
    const mdn = `From: bob@example.net
To: alice@example.org
Subject: Read: Lunch
Message-ID: <r1@example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="m"

--m
Content-Type: text/plain

Your message was displayed.
--m
Content-Type: message/disposition-notification

Final-Recipient: rfc822; bob@example.net
Disposition: manual-action/MDN-sent-manually; displayed
--m--
`;
    const report = (await analyze(mdn)).reports[0];
    expect(report.results).toEqual([]);
    expect(report.problems.map((p) => p.code)).toContain('read-receipt');
  });

  it('recognises an auto-reply as vacation, not as a failure', async () => {
    const reply = `From: Dana <dana@example.net>
To: alice@example.org
Subject: Out of Office: Lunch
Auto-Submitted: auto-replied
Message-ID: <v1@example.net>

I am away until Monday.
`;
    const { result } = await only(reply);
    expect(result).toMatchObject({
      recipient: 'dana@example.net',
      reason: 'vacation',
      status: '',
      permanence: null,
      hardBounce: false,
    });
  });
});

describe('analyze: bad input', () => {
  it('names empty input', async () => {
    const analysis = await analyze('   \n  ');
    expect(analysis.problems.map((p) => p.code)).toEqual(['empty']);
  });

  it('names a PDF and an image', async () => {
    const pdf = await analyze(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf.problems[0].code).toBe('binary');
    expect(pdf.problems[0].message).toMatch(/PDF/);
    const png = await analyze(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(png.problems[0].message).toMatch(/image/);
  });

  it('refuses input over 50 MB without reading it', async () => {
    const analysis = await analyze(new Uint8Array(MAX_INPUT_BYTES + 1));
    expect(analysis.problems[0].code).toBe('too-large');
    expect(analysis.problems[0].message).toMatch(/50 MB/);
  });

  it('says when a paste holds no error at all', async () => {
    const report = (await analyze('Hello, can you tell me why my email did not arrive?')).reports[0];
    expect(report.results).toEqual([]);
    expect(report.problems.map((p) => p.code)).toContain('no-results');
  });

  it('never throws on broken MIME', async () => {
    const broken = `From: MAILER-DAEMON@x.example\nMessage-ID: <b@x>\nContent-Type: multipart/report; boundary="zz"\nContent-Transfer-Encoding: base64\n\n--zz\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n--zz`;
    await expect(analyze(broken)).resolves.toBeDefined();
  });
});

describe('analyze: mbox, progress and cancelling', () => {
  const mbox = [
    'From MAILER-DAEMON Mon Nov  2 10:00:00 2026',
    DSN,
    '',
    'From MAILER-DAEMON Mon Nov  2 11:00:00 2026',
    DSN.replace(/ghost@/g, 'phantom@'),
  ].join('\n');

  it('gives one report per message', async () => {
    const analysis = await analyze(mbox);
    expect(analysis.reports.map((r) => r.results[0]?.recipient)).toEqual([
      'ghost@example.net',
      'phantom@example.net',
    ]);
  });

  it('reports progress and stops when cancelled', async () => {
    const seen: number[] = [];
    const done = await analyze(mbox, { onProgress: (f) => seen.push(f) });
    expect(done.reports).toHaveLength(2);
    expect(seen).toEqual([0.5, 1]);

    const controller = new AbortController();
    const cancelled = await analyze(mbox, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled.reports).toHaveLength(1);
    expect(cancelled.problems[0].code).toBe('cancelled');
  });

  it('returns plain data that survives structured cloning', async () => {
    const analysis = await analyze(mbox);
    expect(structuredClone(analysis)).toEqual(analysis);
  });
});

describe('analyze: forwarded bounces', () => {
  it('finds a bounce attached to a forwarded message', async () => {
    const forwarded = `From: Alice <alice@example.org>
To: helpdesk@example.org
Subject: Fwd: Delivery failure
Message-ID: <fwd-2@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain

Why did this bounce?
--outer
Content-Type: message/rfc822

${DSN}
--outer--
`;
    const { result } = await only(forwarded);
    expect(result).toMatchObject({ recipient: 'ghost@example.net', status: '5.1.1' });
  });
});

describe('analyze: reports in no known layout', () => {
  it('reads a single message that starts with an mbox "From " line', async () => {
    const { result } = await only(`From MAILER-DAEMON  Mon Nov  2 10:00:00 2026\n${DSN}`);
    expect(result).toMatchObject({ recipient: 'ghost@example.net', status: '5.1.1' });
  });

  it('reads a bounce that names its reason in words only', async () => {
    const notice = `From: postmaster@mail.example.de
To: newsletter@example.net
Subject: email bounce notification
Message-ID: <n1@mail.example.de>
Auto-Submitted: auto-replied

Your message was rejected and discarded.

reject reason: Mailbox full
target mail address: anna@example.de
`;
    const { report, result } = await only(notice);
    expect(result).toMatchObject({
      recipient: 'anna@example.de',
      reason: 'mailboxfull',
      statusInferred: true,
      status: '5.0.0',
    });
    expect(spanText(report, result, 'diagnostic')).toBe('reject reason: Mailbox full');
  });

  it("takes Apple Mail's one-click unsubscribe for feedback from its sender", async () => {
    const request = `From: reader@icloud.example
To: opt-out-123@lists.example.org
Subject: unsubscribe
Message-ID: <u1@icloud.example>
Auto-Submitted: auto-replied
X-Apple-Unsubscribe: true

Apple Mail sent this email to unsubscribe from the message.
`;
    const { result } = await only(request);
    expect(result).toMatchObject({
      recipient: 'reader@icloud.example',
      reason: 'feedback',
      feedbackType: 'opt-out',
      permanence: null,
    });
  });
});

describe('analyze: tidy text', () => {
  it('reads a multi-line reply once, without its repeated codes', async () => {
    const paste = [
      '550-5.7.1 [192.0.2.1] Our system has detected',
      '550-5.7.1 that this message is likely unsolicited.',
      '550 5.7.1 https://support.google.com/mail/answer/188131 - gsmtp',
    ].join('\n');
    const { result } = await only(paste);
    expect(result.diagnosticText).toBe(
      '550 5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited. https://support.google.com/mail/answer/188131 - gsmtp',
    );
  });

  it('does not take a pasted error line for a subject', async () => {
    const { report } = await only('550 5.1.1 <a@b.example>: Recipient address rejected: User unknown');
    expect(report.message.subject).toBeNull();
  });

  it('uses the boundary a body really has when the declared one occurs nowhere', async () => {
    const { report, result } = await only(DSN.replace('boundary="b1"', 'boundary="declared-but-unused"'));
    expect(result.recipient).toBe('ghost@example.net');
    expect(report.displayText).not.toContain('--b1');
  });
});

describe('analyze: concatenated mailboxes', () => {
  it('splits at a full envelope line even without the empty line before it', async () => {
    const joined = `From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\n${DSN.trimEnd()}\nFrom double-bounce@mx.example.org  Thu Jul  2 12:06:05 2020\n${DSN.replace(/ghost@/g, 'phantom@')}`;
    const analysis = await analyze(joined);
    expect(analysis.reports.map((r) => r.results[0]?.recipient)).toEqual([
      'ghost@example.net',
      'phantom@example.net',
    ]);
  });
});

describe('analyze: a bounce forwarded inline', () => {
  it('reads the bounce a person forwarded in the body of their message', async () => {
    const forward = `From: Alice <alice@example.org>
To: helpdesk@example.org
Subject: Fwd: Undelivered Mail Returned to Sender
Date: Mon, 2 Nov 2026 10:30:00 +0000
Message-ID: <fwd-inline-1@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Can you check why this one bounced?

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
Date: Mon, 2 Nov 2026 at 10:00
Subject: Undelivered Mail Returned to Sender
To: <alice@example.org>

This is the mail system at host mx.example.org.

<eve@example.net>: host mx.example.net[192.0.2.7] said: 552 5.2.2 <eve@example.net>:
    Mailbox full (in reply to RCPT TO command)
`;
    const { report, result } = await only(forward);
    expect(result).toMatchObject({ recipient: 'eve@example.net', status: '5.2.2', reason: 'mailboxfull' });
    expect(spanText(report, result, 'status')).toBe('5.2.2');
  });
});
