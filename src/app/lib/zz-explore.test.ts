import { it } from 'vitest';
import { analyze } from '../../core/analyze';

const dsn = (
  perRecipient: string,
  text = 'Your message could not be delivered.',
) => `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.org
Subject: Delivery Status Notification
Date: Mon, 2 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

${text}

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

${perRecipient}
--b1--
`;
const inputs: Record<string, string> = {
  expired: dsn(
    `Final-Recipient: rfc822; slow@example.net
Action: failed
Status: 4.4.7
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 421 4.4.2 mx.example.net connection timed out
`,
    'Delivery to the following recipient has been given up after 5 days of retrying.',
  ),
  delayed: dsn(
    `Final-Recipient: rfc822; later@example.net
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 452 4.2.2 <later@example.net>: Mailbox full
`,
    'This is a warning only; the server will keep trying.',
  ),
  delivered: dsn(
    `Final-Recipient: rfc822; happy@example.net
Action: delivered
Status: 2.0.0
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 250 2.0.0 OK queued as 12345
`,
    'Your message was delivered.',
  ),
  multi: dsn(`Final-Recipient: rfc822; ghost@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <ghost@example.net>: User unknown

Final-Recipient: rfc822; full@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <full@example.com>: Mailbox full

Final-Recipient: rfc822; later@example.org
Action: delayed
Status: 4.4.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 421 4.4.1 connection refused
`),
  vacation: `From: Kim Lee <kim@example.net>
To: sender@example.org
Subject: Out of office: Quarterly numbers
Date: Mon, 2 Nov 2026 10:00:00 +0000
Auto-Submitted: auto-replied
Message-ID: <ooo-1@example.net>

I am away until Monday and will reply when I am back.
`,
  feedback: `From: feedback@example.net
To: abuse@example.org
Subject: Spam report
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
`,
};
it('explore', async () => {
  for (const [k, v] of Object.entries(inputs)) {
    const a = await analyze(v);
    const r = a.reports[0];
    console.log(
      k,
      JSON.stringify(
        {
          problems: a.problems,
          rp: r.problems,
          results: r.results.map((x) => ({ ...x, spans: undefined, fields: undefined })),
        },
        null,
        1,
      ),
    );
  }
});
