// The verdict a support agent reads first, for results the real engine produced from small,
// realistic bounces: a lone SMTP reply, or a short delivery report (RFC 3464), an auto-reply or
// a spam report (ARF). Expectations come from what each bounce says.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import type { RecipientResult } from '../../core/types';
import { verdictOf } from './verdict';

/** Runs the engine and returns the one recipient result the bounce holds. */
async function resultOf(input: string): Promise<RecipientResult> {
  const analysis = await analyze(input);
  expect(analysis.reports).toHaveLength(1);
  expect(analysis.reports[0].results).toHaveLength(1);
  return analysis.reports[0].results[0];
}

/** A short Postfix-style delivery report: a notice for people, then the per-recipient fields. */
const dsn = (
  subject: string,
  notice: string,
  perRecipient: string,
) => `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: sender@example.org
Subject: ${subject}
Date: Mon, 2 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

${notice}

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org
Arrival-Date: Mon, 2 Nov 2026 09:59:58 +0000

${perRecipient}
--b1--
`;

const HARD =
  '550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown in virtual mailbox table';
const MAILBOX_FULL = '552 5.2.2 <full@example.net>: Mailbox full, quota exceeded';

const RETRYING = dsn(
  'Delayed Mail (still being retried)',
  'THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
  `Final-Recipient: rfc822; later@example.net
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 452 4.2.2 <later@example.net>: Mailbox full
`,
);

const EXPIRED = dsn(
  'Undelivered Mail Returned to Sender',
  'Your message could not be delivered for 5 days. The mail system gave up; it will not be retried.',
  `Final-Recipient: rfc822; slow@example.net
Action: failed
Status: 4.4.7
Diagnostic-Code: X-Postfix; message expired after 5 days in the queue
`,
);

// The commonest delay warning there is: Postfix could not connect yet and keeps trying.
const DELAY_WARNING_CONNECT = dsn(
  'Delayed Mail (still being retried)',
  `####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.`,
  `Final-Recipient: rfc822; slow@example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.25]:25: Connection
    timed out
Will-Retry-Until: Sat, 7 Nov 2026 10:00:00 +0000
`,
);

const DELIVERED = dsn(
  'Successful Mail Delivery Report',
  'Your message was successfully delivered to the destination listed below.',
  `Final-Recipient: rfc822; happy@example.net
Action: delivered
Status: 2.0.0
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 250 2.0.0 OK queued as 4AB12C3D4E
`,
);

const SPAM_REPORT = `From: feedback@fbl.example.net
To: abuse@example.org
Subject: Complaint about a message from 192.0.2.10
Date: Mon, 2 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="f1"

--f1
Content-Type: text/plain

This is an abuse report for a message received from 192.0.2.10.

--f1
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Rcpt-To: <reader@example.net>
Source-IP: 192.0.2.10

--f1
Content-Type: text/rfc822-headers

From: news@example.org
To: reader@example.net
Subject: Our newsletter

--f1--
`;

const OUT_OF_OFFICE = `From: Kim Lee <kim@example.net>
To: sender@example.org
Subject: Out of office: Quarterly numbers
Date: Mon, 2 Nov 2026 10:00:00 +0000
Auto-Submitted: auto-replied
Message-ID: <ooo-1@example.net>

I am away until Monday and will reply when I am back.
`;

describe('verdictOf: what the agent reads first', () => {
  it('a hard bounce (550 5.1.1 user unknown): not delivered, the address does not exist, permanent', async () => {
    const v = verdictOf(await resultOf(HARD));
    expect(v.headline).toContain('ghost@example.net');
    expect(v.headline).toMatch(/was not delivered/);
    expect(v.headline).toMatch(/address does not exist/);
    expect(v.kind).toBe('Hard bounce');
    expect(v.permanence).toBe('Permanent');
    expect(v.addressNote).toMatch(/address itself is bad/);
  });

  it('a permanent refusal that is not the address’s fault (552 5.2.2 mailbox full): a soft bounce', async () => {
    const v = verdictOf(await resultOf(MAILBOX_FULL));
    expect(v.headline).toContain('full@example.net');
    expect(v.headline).toMatch(/was not delivered/);
    expect(v.headline).toMatch(/mailbox is full/);
    expect(v.kind).toBe('Soft bounce');
    expect(v.permanence).toBe('Permanent');
    expect(v.addressNote).toMatch(/address may be fine/);
  });

  it('a delay that will be retried (Action: delayed, 452 4.2.2): delayed, the server keeps trying', async () => {
    const result = await resultOf(RETRYING);
    const v = verdictOf(result);
    expect(v.headline).toContain('later@example.net');
    expect(v.headline).toMatch(/is delayed/);
    expect(v.headline).toMatch(/keep trying/);
    expect(v.headline).not.toMatch(/not delivered/);
    expect(v.kind).toBe('Delayed');
    expect(v.permanence).toBe('Temporary');
    expect(v.who).toMatch(/retried/);
  });

  it('a message the server gave up on after retrying (Action: failed, 4.4.7): not delivered, not “delayed”', async () => {
    const v = verdictOf(await resultOf(EXPIRED));
    expect(v.headline).toContain('slow@example.net');
    expect(v.headline).toMatch(/was not delivered/);
    expect(v.headline).toMatch(/gave up after retrying/);
    expect(v.headline).not.toMatch(/keep trying/);
    expect(v.kind).toBe('Soft bounce');
    expect(v.who).not.toMatch(/retried/);
  });

  // BUG: a delay warning ("Action: delayed", "THIS IS A WARNING ONLY", Will-Retry-Until) whose
  // reason is `expired` (Status 4.4.1, connection timed out) is shown as "was not delivered: the
  // sending server gave up after retrying", kind "Soft bounce": willRetry() needs
  // whoMustAct.primary === 'nobody', but the engine names the recipient's admin for `expired`.
  it('a delay warning for a connection time-out (Action: delayed, 4.4.1) says the server keeps trying', async () => {
    const result = await resultOf(DELAY_WARNING_CONNECT);
    expect(result.action).toBe('delayed');
    const v = verdictOf(result);
    expect(v.headline).toContain('slow@example.net');
    expect(v.headline).not.toMatch(/not delivered|gave up/);
    expect(v.headline).toMatch(/delayed/);
    expect(v.kind).toBe('Delayed');
  });

  it('a delivery report for a delivered message: delivered, nothing went wrong', async () => {
    const v = verdictOf(await resultOf(DELIVERED));
    expect(v.headline).toBe('Your message to happy@example.net was delivered.');
    expect(v.kind).toBe('Delivered');
    expect(v.permanence).toBeNull();
    expect(v.tone).toBe('ok');
  });

  it('a spam report (ARF, Feedback-Type: abuse): names the complaining recipient, not a bounce', async () => {
    const v = verdictOf(await resultOf(SPAM_REPORT));
    expect(v.headline).toMatch(/^reader@example\.net reported your message as spam/i);
    expect(v.kind).toBe('Spam report');
    expect(v.permanence).toBeNull();
    expect(v.addressNote).toMatch(/Not a bounce/);
  });

  it('an out-of-office reply: an auto-reply from the recipient; the message arrived', async () => {
    const v = verdictOf(await resultOf(OUT_OF_OFFICE));
    expect(v.headline).toMatch(/^kim@example\.net sent an automatic reply/i);
    expect(v.headline).toMatch(/your message arrived/);
    expect(v.kind).toBe('Auto-reply');
    expect(v.permanence).toBeNull();
    expect(v.addressNote).toMatch(/address works/);
  });

  // BUG: the headlines of spam reports and auto-replies start with the address and capitalise
  // it ("Kim@example.net sent an automatic reply"), so the page, the customer reply and the
  // ticket note show an address that differs from the one in the bounce.
  it('spam reports and auto-replies show the address exactly as the bounce wrote it', async () => {
    expect(verdictOf(await resultOf(SPAM_REPORT)).headline).toContain('reader@example.net');
    expect(verdictOf(await resultOf(OUT_OF_OFFICE)).headline).toContain('kim@example.net');
  });
});
