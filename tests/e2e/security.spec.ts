// The Content-Security-Policy of the built page, and hostile input: bounces and links carrying
// script tags, event-handler attributes, javascript: URLs, SVG and HTML with inline script.
// Nothing may run (no dialog, no global set by a payload), markup shows as text, and the page
// requests its own origin only (checked by guardedTest in every test).

import { expect, type Page } from '@playwright/test';
import {
  diagnosis,
  expectNoPayloadRan,
  expectVerdictFor,
  grantClipboard,
  inputAlerts,
  makeShareLink,
  mapStrings,
  ORIGIN,
  openFiles,
  PAYLOADS,
  pickExample,
  readShareLink,
  guardedTest as test,
  textBox,
  verdict,
  writeClipboard,
  writeShareLink,
} from './helpers';

const evidenceText = (page: Page) =>
  page.getByRole('region', { name: 'What the bounce says' }).locator('pre');
const RECIPIENT = 'victim@example.org';
const ERROR_LINE = `<${RECIPIENT}>: host mx.example.org[192.0.2.10] said: 550 5.1.1 <${RECIPIENT}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`;

/** Records the page's CSP violations from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const global = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as Record<string, unknown>)[n] ?? null, name);

// --- Content-Security-Policy ---------------------------------------------------------------------

test.describe('Content-Security-Policy', () => {
  test('the built page allows scripts from its own origin only, and the app needs nothing more', async ({
    page,
  }) => {
    await recordViolations(page);
    const served = await (await page.request.get(`${ORIGIN}/`)).text();
    expect(served).toMatch(/<meta http-equiv="Content-Security-Policy"/);

    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const name of ['worker-src', 'connect-src', 'style-src'])
      expect(directives.get(name) ?? directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-|\*|data:|blob:|https?:/);

    // The app works under it without a single violation: an analysis in the worker, its
    // explanation, a share link and its page, a knowledge page.
    await pickExample(page, 'Full mailbox');
    await expect(verdict(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    const link = await makeShareLink(page);
    await page.goto(link);
    await expect(page.getByRole('note', { name: 'About this link' })).toBeVisible();
    await expect(verdict(page)).toBeVisible();
    await page.goto('/#/kb/5.7.26');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('inline script, event handlers, javascript: URLs and eval are blocked', async ({ page }) => {
    await recordViolations(page);
    await page.goto('/');
    await expect(textBox(page)).toBeVisible();

    // An inline <script> element.
    const added = await page.addScriptTag({ content: `window.__pwned = 'inline script'` }).then(
      () => 'added',
      (error: Error) => error.message,
    );
    expect(await global(page, '__pwned')).toBeNull();
    // An event-handler attribute, then a javascript: link, both clicked.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'handler';
      button.setAttribute('onclick', "window.__pwned = 'handler'");
      const link = document.createElement('a');
      link.textContent = 'js link';
      link.href = "javascript:window.__pwned = 'javascript: URL'";
      document.body.prepend(button, link);
    });
    await page.getByRole('button', { name: 'handler' }).click();
    await page.getByRole('link', { name: 'js link' }).click();
    // A string given to setTimeout (eval).
    await page.evaluate(() => setTimeout("window.__pwned = 'eval'" as unknown as () => void, 0));
    // A fetch to another origin (TEST-NET-2: nothing answers there anyway).
    const fetched = await page.evaluate(() =>
      fetch('http://198.51.100.7/collect').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');

    await expect.poll(() => violations(page).then((v) => v.length)).toBeGreaterThanOrEqual(5);
    expect(await global(page, '__pwned')).toBeNull();
    const seen = await violations(page);
    expect(
      seen.some((v) => /^script-src(-elem)? inline/.test(v)),
      seen.join('\n'),
    ).toBe(true);
    expect(
      seen.some((v) => /^script-src(-attr)? inline/.test(v)),
      seen.join('\n'),
    ).toBe(true);
    expect(
      seen.some((v) => /^script-src eval/.test(v)),
      seen.join('\n'),
    ).toBe(true);
    expect(
      seen.some((v) => /^connect-src http:\/\/198\.51\.100\.7/.test(v)),
      seen.join('\n'),
    ).toBe(true);
    expect(added).not.toBe('added');
  });
});

// --- Hostile bounces in the page ---------------------------------------------------------------

/** A bounce file given to the file input, built here. */
async function openBounce(page: Page, name: string, text: string) {
  await openFiles(page).setInputFiles({ name, mimeType: 'message/rfc822', buffer: Buffer.from(text) });
}

const headers = (contentType: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@mail.example.net>',
    'To: sender@example.net',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Tue, 3 Nov 2026 09:12:44 +0100',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
    '',
    '',
  ].join('\r\n');

test.describe('hostile input', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('a pasted bounce with <script> and <img onerror>: the markup is text, nothing runs', async ({
    page,
    context,
  }) => {
    await grantClipboard(context);
    const bounce = `This is the mail system at host mail.example.net.\n\n${ERROR_LINE.replace(
      'User unknown',
      `User unknown ${PAYLOADS.script} ${PAYLOADS.img}`,
    )}\n`;
    await writeClipboard(page, bounce);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ControlOrMeta+V');
    await expectVerdictFor(page, RECIPIENT);
    await expect(evidenceText(page)).toContainText(PAYLOADS.script);
    await expect(evidenceText(page)).toContainText(PAYLOADS.img);
    await expectNoPayloadRan(page);
    // The copied texts carry it as text too, and copying runs nothing.
    await page.getByRole('button', { name: 'Copy ticket note' }).click();
    await expectNoPayloadRan(page);
  });

  test('javascript: URLs in a bounce are never links', async ({ page }) => {
    const body = [
      'This is the mail system at host mail.example.net.',
      '',
      `For help, see ${PAYLOADS.jsMarkdown} or ${PAYLOADS.jsLink} or javascript:alert(document.domain)`,
      '',
      ERROR_LINE,
      '',
    ].join('\r\n');
    await openBounce(page, 'javascript-links.eml', headers('text/plain; charset=us-ascii') + body);
    await expectVerdictFor(page, RECIPIENT);
    await expect(evidenceText(page)).toContainText(PAYLOADS.jsMarkdown);
    await expect(evidenceText(page)).toContainText(PAYLOADS.jsLink);
    for (const name of ['Fix it', 'help']) await expect(page.getByRole('link', { name })).toHaveCount(0);
    // Every link the diagnosis offers goes somewhere safe.
    const hrefs = await diagnosis(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^(#\/|https:\/\/)/.test(h))).toEqual([]);
    await expectNoPayloadRan(page);
  });

  test('SVG with onload, as an attachment, inline HTML and a file of its own: nothing runs', async ({
    page,
  }) => {
    const boundary = 'b-svg-1';
    const eml =
      headers(`multipart/mixed; boundary="${boundary}"`) +
      [
        `--${boundary}`,
        'Content-Type: multipart/alternative; boundary="alt-1"',
        '',
        '--alt-1',
        'Content-Type: text/plain; charset=us-ascii',
        '',
        'This is the mail system at host mail.example.net.',
        '',
        ERROR_LINE,
        '',
        '--alt-1',
        'Content-Type: text/html; charset=us-ascii',
        '',
        `<html><body>${PAYLOADS.svg}<p>${ERROR_LINE.replace(/</g, '&lt;')}</p></body></html>`,
        '--alt-1--',
        `--${boundary}`,
        'Content-Type: image/svg+xml; name="logo.svg"',
        'Content-Disposition: attachment; filename="logo.svg"',
        '',
        PAYLOADS.svg,
        `--${boundary}--`,
        '',
      ].join('\r\n');
    await openBounce(page, 'svg.eml', eml);
    await expectVerdictFor(page, RECIPIENT);
    await expectNoPayloadRan(page);

    // An SVG file opened on its own: refused or read as text, never drawn.
    await openFiles(page).setInputFiles({
      name: 'bounce.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(PAYLOADS.svg),
    });
    await expect(inputAlerts(page).or(diagnosis(page)).first()).toBeVisible();
    await expect(page.locator('main svg[onload], main svg circle')).toHaveCount(0);
    await expectNoPayloadRan(page);
  });

  test('an HTML-only bounce with inline script: read as text, nothing runs', async ({ page }) => {
    const html = [
      `<html><head><script>window.__pwned='html';alert('html')</script></head>`,
      `<body onload="window.__pwned='body';alert('body')">`,
      '<p>This is the mail system at host mail.example.net.</p>',
      `<p>${ERROR_LINE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`,
      PAYLOADS.img,
      PAYLOADS.svg,
      PAYLOADS.jsLink,
      '</body></html>',
    ].join('\r\n');
    await openBounce(page, 'html-only.eml', headers('text/html; charset=us-ascii') + html);
    // The error sentence survives the conversion to text, so the bounce is understood.
    await expectVerdictFor(page, RECIPIENT);
    await expect(evidenceText(page)).toContainText('Recipient address rejected: User unknown');
    await expectNoPayloadRan(page);
  });

  test('pasted HTML with no headers: the markup shows as text', async ({ page }) => {
    const html = `<html><body onload="window.__pwned='paste'">${PAYLOADS.script}<p>Hello ${PAYLOADS.img}</p>${PAYLOADS.svg}</body></html>`;
    await textBox(page).fill(html);
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    // Not a bounce: the page says so and shows what it read, as text.
    await expect(diagnosis(page)).toContainText(/No bounce could be read|not a bounce/);
    const read = diagnosis(page).getByRole('group').filter({ hasText: 'The text that was read' });
    await read.getByText('The text that was read').click();
    await expect(read.locator('pre')).toContainText(PAYLOADS.script);
    await expect(read.locator('pre')).toContainText(PAYLOADS.svg);
    await expectNoPayloadRan(page);
  });

  test('a share link with markup in its free-text fields shows it as text', async ({ page, freshPage }) => {
    await pickExample(page, 'SPF / DMARC failure');
    await expect(verdict(page)).toBeVisible();
    const link = await makeShareLink(page);
    // Strings that read like identifiers (codes, kinds, host names) keep their value; every other
    // string (the evidence, the recipient, the diagnostic text…) gets the payloads added.
    const payload = `${PAYLOADS.script}${PAYLOADS.img}${PAYLOADS.jsMarkdown}`;
    const hostile = writeShareLink(
      mapStrings(readShareLink(link), (s) => (/^[\w.:/-]*$/.test(s) ? s : `${s}${payload}`)),
    );
    const other = await freshPage();
    await other.goto(hostile);
    await expect(other.getByRole('note', { name: 'About this link' })).toBeVisible();
    await expect(verdict(other).getByRole('paragraph').first()).toContainText(PAYLOADS.script);
    await expect(evidenceText(other)).toContainText(payload);
    await expect(other.getByRole('link', { name: 'Fix it' })).toHaveCount(0);
    await expectNoPayloadRan(other);
  });
});
