// The two texts a support agent copies: a plain-text reply for the customer and a Markdown note
// for the ticket. Built from real engine results and the real article the page shows.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { RecipientResult, Report } from '../../../core/types';
import { type Article, articlesFor, loadArticle } from '../explain/articles';
import { customerReply, ticketNote } from './texts';

const dsn = (
  recipient: string,
  remote: string,
  diagnostic: string,
) => `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 2 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered to one or more recipients.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; ${recipient}
Action: failed
Status: ${diagnostic.split(' ')[1]}
Remote-MTA: dns; ${remote}
Diagnostic-Code: smtp; ${diagnostic}

--b1--
`;

const BANNED_IP = dsn(
  'pat@contoso.example',
  'contoso-example.mail.protection.outlook.com',
  '550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
);

// The step list of this article has a link in it ("[check.spamhaus.org](https://…)").
const OPEN_RESOLVER = dsn(
  'lee@fabrikam.example',
  'mx.fabrikam.example',
  '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.53',
);

interface Case {
  report: Report;
  result: RecipientResult;
  article: Article;
  steps: string[];
}

async function caseOf(input: string): Promise<Case> {
  const report = (await analyze(input)).reports[0];
  const result = report.results[0];
  const article = await loadArticle(articlesFor(result)[0].path);
  const todo = article.sections.find((s) => s.heading === 'What to do');
  const steps = todo?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : [])) ?? [];
  expect(steps.length).toBeGreaterThanOrEqual(3);
  return { report, result, article, steps };
}

const numbered = (text: string) => text.split('\n').filter((l) => /^\d+\. /.test(l));

describe('customerReply', () => {
  it('is plain text that names the recipient and who must act, with the article’s steps numbered', async () => {
    const { result, article, steps } = await caseOf(BANNED_IP);
    // This article's steps carry no markup, so they appear word for word.
    expect(steps.join('')).not.toMatch(/[*`[]/);
    const reply = customerReply(result, article);
    expect(reply).toContain('pat@contoso.example');
    expect(reply).toMatch(/was not delivered/);
    // A banned sending IP is for whoever runs the sender's mail to fix.
    expect(reply).toMatch(/^Who needs to act: your email admin/im);
    expect(numbered(reply)).toEqual(steps.map((s, i) => `${i + 1}. ${s}`));
    expect(reply).toContain('550 5.7.606 Access denied, banned sending IP [203.0.113.5]');
    // No Markdown: no headings, bold, code, task boxes, quotes or link syntax.
    expect(reply).not.toMatch(/\*\*|`|\]\(|^#|^\s*- \[ \]|^>/m);
  });

  it('turns the markup inside the steps into plain words: a link becomes “text (address)”', async () => {
    const { result, article, steps } = await caseOf(OPEN_RESOLVER);
    expect(article.meta.path).toBe('codes/spamhaus-open-resolver');
    const reply = customerReply(result, article);
    expect(reply).toContain('lee@fabrikam.example');
    const lines = numbered(reply);
    expect(lines).toHaveLength(steps.length);
    lines.forEach((line, i) => {
      expect(line.startsWith(`${i + 1}. `)).toBe(true);
    });
    expect(lines).toContain(
      `${steps.findIndex((s) => s.includes('check.spamhaus.org')) + 1}. If you want to be sure, look up your sending IP at check.spamhaus.org (https://check.spamhaus.org).`,
    );
    expect(reply).not.toMatch(/\*\*|`|\]\(|^#|^\s*- \[ \]|^>/m);
  });

  it('without an article it still says what happened and who acts, and lists no steps', async () => {
    const { result } = await caseOf(BANNED_IP);
    const reply = customerReply(result, null);
    expect(reply).toContain('pat@contoso.example');
    expect(reply).toMatch(/^Who needs to act: /m);
    expect(numbered(reply)).toEqual([]);
  });
});

describe('ticketNote', () => {
  it('is Markdown with the codes, the reason, the refusing server and the steps as a task list', async () => {
    const { report, result, article, steps } = await caseOf(BANNED_IP);
    const note = ticketNote(report, result, article);
    const lines = note.split('\n');
    expect(lines[0]).toMatch(/^### /);
    expect(lines[0]).toContain(result.reason);
    expect(note).toContain('`pat@contoso.example`');
    const row = (label: string) => lines.find((l) => l.startsWith(`- **${label}:** `));
    expect(row('Codes')).toContain('550 5.7.606');
    expect(row('Reason')).toContain(result.reason);
    expect(row('Reason')).toMatch(/permanent/);
    expect(row('Refused by')).toContain('contoso-example.mail.protection.outlook.com');
    expect(row('Explanation')).toContain(article.meta.title);
    expect(note).toContain('> 550 5.7.606 Access denied, banned sending IP [203.0.113.5]');
    // The steps in order, as tickable tasks, right after a "Next steps" line.
    const at = lines.indexOf('**Next steps**');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual(steps.map((s) => `- [ ] ${s}`));
  });

  it('keeps the steps’ Markdown links as links, and adds the link it is given', async () => {
    const { report, result, article } = await caseOf(OPEN_RESOLVER);
    const note = ticketNote(report, result, article, 'https://lens.example/#/kb/spamhaus-open-resolver');
    expect(note).toContain('[check.spamhaus.org](https://check.spamhaus.org)');
    expect(note).toMatch(/^- \[ \] .*\[check\.spamhaus\.org\]\(https:\/\/check\.spamhaus\.org\)/m);
    expect(note).toContain('- **Link:** https://lens.example/#/kb/spamhaus-open-resolver');
    expect(note).toContain('mx.fabrikam.example');
  });
});
