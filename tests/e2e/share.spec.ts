// Share links: what "Share link" makes (the field, the clipboard, the length, what it holds),
// what a colleague sees when opening it in a browser that shares nothing but the URL, the
// options (addresses, the whole message), the shortened link of a long report, several
// recipients; broken and foreign links; and the stable links of the explanations.
// Expectations come from the bounce fed in and from what the sender's own page shows.

import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import {
  articleTitle,
  corpusFile,
  diagnosis,
  expectNoPayloadRan,
  expectVerdictFor,
  grantClipboard,
  labels,
  makeShareLink,
  mapStrings,
  ORIGIN,
  openFiles,
  PAYLOADS,
  pickExample,
  readClipboard,
  readExample,
  readShareLink,
  seeded,
  shareField,
  sharePanel,
  summaryBadges,
  guardedTest as test,
  textBox,
  toast,
  verdict,
  writeClipboard,
  writeShareLink,
} from './helpers';

// --- The bounce shared in most tests, and what it says about itself ----------------------------

const EXAMPLE = 'SPF / DMARC failure';
const EXAMPLE_TEXT = readExample('gmail-dmarc-unauthenticated.eml');
/** The recipient, as the delivery report names it. */
const RECIPIENT = /^Final-Recipient: rfc822; *(\S+)$/m.exec(EXAMPLE_TEXT)?.[1] as string;
/** The sender of the returned message, as the report names it. */
const SENDER = /^X-Postfix-Sender: rfc822; *(\S+)$/m.exec(EXAMPLE_TEXT)?.[1] as string;
/** The Subject line of the returned message (the last part of the bounce), as written there. */
const RETURNED_SUBJECT = [...EXAMPLE_TEXT.matchAll(/^Subject: .+$/gm)].at(-1)?.[0] as string;

/** An address as a masked link shows it: first letter, dots, the domain ("j•••@example.com"). */
const masked = (address: string) => `${address[0]}•••${address.slice(address.lastIndexOf('@'))}`;

// --- What a page shows of a diagnosis ------------------------------------------------------------

const evidence = (page: Page) => page.getByRole('region', { name: 'What the bounce says' });
const evidenceText = (page: Page) => evidence(page).locator('pre');
const explanation = (page: Page) =>
  diagnosis(page)
    .getByRole('region')
    .filter({ has: page.getByRole('link', { name: 'Open as a page to link to' }) });
const checklist = (page: Page) => page.getByRole('region', { name: 'Fix checklist' });
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();
const aboutLink = (page: Page) => page.getByRole('note', { name: 'About this link' });

interface Shown {
  headline: string;
  badges: string[];
  who: string;
  marks: Record<string, string[]>;
  explanationTitle: string;
  steps: string[];
}

async function shown(page: Page): Promise<Shown> {
  await expect(verdict(page)).toBeVisible();
  await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
  const marks: Record<string, string[]> = {};
  for (const kind of ['reply', 'status', 'server', 'recipient']) {
    const texts = await evidenceText(page).locator(`mark[data-kind="${kind}"]`).allInnerTexts();
    marks[kind] = [...new Set(texts.map((t) => t.trim()))].sort();
  }
  return {
    headline: await textOf(verdict(page).getByRole('paragraph').first()),
    badges: (await summaryBadges(page).getByRole('listitem').allInnerTexts()).map((t) => t.trim()),
    who: await textOf(verdict(page).getByTestId('who-must-act')),
    marks,
    explanationTitle: await textOf(explanation(page).getByRole('heading', { level: 3 })),
    steps: (await checklist(page).getByRole('listitem').allInnerTexts()).map((t) => t.trim()),
  };
}

/** What the share panel says the link contains ("It contains … ."). */
async function declaredContents(page: Page): Promise<string> {
  const text = await textOf(sharePanel(page));
  const contents = /It contains (.+?)\. The data/.exec(text)?.[1];
  expect(contents, `the share panel says what the link contains: ${text}`).toBeTruthy();
  return contents as string;
}

async function openExample(page: Page) {
  await page.goto('/');
  await pickExample(page, EXAMPLE);
  await expectVerdictFor(page, RECIPIENT);
}

/** Ticks a share option and waits for the link to be made again. */
async function tick(page: Page, option: string): Promise<string> {
  const before = await shareField(page).inputValue();
  await sharePanel(page).getByRole('checkbox', { name: option }).check();
  await expect(shareField(page)).not.toHaveValue(before);
  await expect(shareField(page)).toHaveValue(/#\/s\//);
  return shareField(page).inputValue();
}

test.beforeAll(() => {
  for (const [name, value] of Object.entries({ RECIPIENT, SENDER, RETURNED_SUBJECT }))
    expect(value, `${name} read from the example`).toBeTruthy();
});

// --- Making and opening a link ------------------------------------------------------------------

test('Share link: the field, the clipboard, the length; the opened link shows the same diagnosis, addresses masked', async ({
  page,
  context,
  freshPage,
}, testInfo) => {
  await grantClipboard(context);
  await openExample(page);
  const sender = await shown(page);
  await writeClipboard(page, 'nothing copied yet');

  const url = await makeShareLink(page);
  await expect(shareField(page)).toHaveAttribute('readonly', '');
  expect(url.startsWith(`${ORIGIN}/#/s/`)).toBe(true);
  expect(url.length).toBeGreaterThan(`${ORIGIN}/#/s/`.length + 20);
  // Copied at once, and the page says so.
  await expect.poll(() => readClipboard(page)).toBe(url);
  await expect(toast(page, /copied/i).first()).toBeAttached();
  // The length shown is the link's.
  const lengthShown = /Link length: ([\d,.\s]+) characters/.exec(await textOf(sharePanel(page)))?.[1];
  expect(Number(lengthShown?.replace(/\D/g, ''))).toBe(url.length);
  const contents = await declaredContents(page);
  expect(contents).toMatch(/masked/);
  expect(contents).not.toMatch(/whole|including the returned message/);

  // Addresses are masked in the link itself: neither full address is in what it carries.
  const carried = JSON.stringify(readShareLink(url));
  for (const address of [RECIPIENT, SENDER]) {
    expect(carried).not.toContain(address);
    expect(carried).toContain(masked(address));
  }
  expect(carried).not.toContain(RETURNED_SUBJECT);

  // A colleague opens it: another browser, nothing shared but the URL.
  const other = await freshPage();
  await other.goto(url);
  await expect(aboutLink(other)).toContainText(`This link contains ${contents}.`);
  await expect(aboutLink(other)).toContainText(/addresses masked/);
  const opened = await shown(other);
  expect(opened).toEqual({
    ...sender,
    headline: sender.headline.replaceAll(RECIPIENT, masked(RECIPIENT)),
    marks: { ...sender.marks, recipient: [masked(RECIPIENT)] },
  });
  // The highlights sit over the evidence text, and that text is the delivery report.
  expect(sender.marks.reply.length).toBeGreaterThan(0);
  expect(sender.marks.status.length).toBeGreaterThan(0);
  const text = await textOf(evidenceText(other));
  expect(text).toContain('Diagnostic-Code:');
  expect(text).not.toContain(RETURNED_SUBJECT);
  // The full address is nowhere in the page, not even in its markup.
  expect(await other.content()).not.toContain(RECIPIENT);
  expect(await other.content()).not.toContain(SENDER);
  // No way to re-share from a shared page, but the agent's tools are there.
  await expect(other.getByRole('button', { name: 'Share link', exact: true })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Copy reply to customer' })).toBeVisible();
  await other.screenshot({ path: testInfo.outputPath('shared.png'), fullPage: true });
});

test('"Include addresses" and "Include the whole original message" put them in the link', async ({
  page,
  freshPage,
}) => {
  await openExample(page);
  const plain = await makeShareLink(page);

  const withAddresses = await tick(page, 'Include addresses');
  const contentsA = await declaredContents(page);
  expect(contentsA).toMatch(/addresses included/);
  const a = await freshPage();
  await a.goto(withAddresses);
  await expectVerdictFor(a, RECIPIENT);
  await expect(aboutLink(a)).toContainText(`This link contains ${contentsA}.`);
  await expect(evidenceText(a).locator('mark[data-kind="recipient"]').first()).toHaveText(RECIPIENT);
  await expect(evidenceText(a)).toContainText(SENDER);
  await expect(evidenceText(a)).not.toContainText(RETURNED_SUBJECT);

  // Addresses off again, the whole message on: the returned message comes along, still masked.
  await sharePanel(page).getByRole('checkbox', { name: 'Include addresses' }).uncheck();
  await expect(shareField(page)).not.toHaveValue(withAddresses);
  const withOriginal = await tick(page, 'Include the whole original message');
  const contentsB = await declaredContents(page);
  expect(contentsB).toMatch(/masked/);
  expect(contentsB).not.toBe(contentsA);
  const b = await freshPage();
  await b.goto(withOriginal);
  await expect(aboutLink(b)).toContainText(`This link contains ${contentsB}.`);
  await expectVerdictFor(b, masked(RECIPIENT));
  await expect(evidenceText(b)).toContainText(RETURNED_SUBJECT);
  await expect(evidenceText(b)).toContainText(`To: ${masked(RECIPIENT)}`);
  expect(await b.content()).not.toContain(RECIPIENT);
  expect(withOriginal.length).toBeGreaterThan(plain.length);
});

test('a very long report gets the shortened link, and both pages say so', async ({ page, freshPage }) => {
  // A report padded with lines of random hex above and below the error, made here: it does
  // not compress, so the whole report cannot fit in a link of about 8,000 characters.
  const random = seeded(4);
  const hex = () => Array.from({ length: 48 }, () => Math.floor(random() * 16).toString(16)).join('');
  const filler = (tag: string) =>
    Array.from({ length: 400 }, (_, i) => `X-Trace-${tag}-${i}: ${hex()}`).join('\n');
  const recipient = 'pat.morgan@example.org';
  const errorLine = `<${recipient}>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <${recipient}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`;
  const top = filler('top');
  const bottom = filler('bottom');
  const bounce = `This is the mail system at host mail.example.net.\n\n${top}\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n${errorLine}\n\nEnd of the report.\n\n${bottom}\n`;
  expect(bounce.length).toBeGreaterThan(40_000);

  await page.goto('/');
  await textBox(page).fill(bounce);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expectVerdictFor(page, recipient);
  const sender = await shown(page);
  const url = await makeShareLink(page);
  expect(url.length).toBeLessThan(8000);
  await expect(sharePanel(page).getByRole('status')).toContainText(/only the lines around each error/);
  const contents = await declaredContents(page);
  expect(contents).toMatch(/lines around each error/);

  const other = await freshPage();
  await other.goto(url);
  await expect(aboutLink(other)).toContainText(`This link contains ${contents}.`);
  const opened = await shown(other);
  expect(opened).toEqual({
    ...sender,
    headline: sender.headline.replaceAll(recipient, masked(recipient)),
    marks: { ...sender.marks, recipient: [masked(recipient)] },
  });
  const text = await textOf(evidenceText(other));
  expect(text).toContain(errorLine.replaceAll(recipient, masked(recipient)));
  // Far from the error, the padding was left out.
  expect(text).not.toContain(top.split('\n')[0]);
  expect(text).not.toContain(bottom.split('\n').at(-1) as string);
});

test('several recipients: the shared page shows the recipients table', async ({ page, freshPage }) => {
  const FILE = 'lhost-postfix-13.eml';
  const expected = labels(FILE);
  expect(expected.length).toBeGreaterThan(1);
  await page.goto('/');
  await openFiles(page).setInputFiles(corpusFile(FILE));
  const name = `Recipients (${expected.length})`;
  const table = (p: Page) => diagnosis(p).getByRole('table', { name });
  await expect(table(page)).toBeVisible();
  const senderRows = await table(page).getByRole('row').allInnerTexts();
  const url = await makeShareLink(page);

  const other = await freshPage();
  await other.goto(url);
  await expect(table(other)).toBeVisible();
  await expect(table(other).getByRole('row')).toHaveCount(expected.length + 1);
  const maskAll = (s: string) =>
    expected.reduce((t, r) => t.replaceAll(r.recipient as string, masked(r.recipient as string)), s);
  expect(await table(other).getByRole('row').allInnerTexts()).toEqual(senderRows.map(maskAll));
  for (const r of expected) {
    const row = table(other)
      .getByRole('row')
      .filter({ has: other.getByRole('rowheader', { name: masked(r.recipient as string) }) });
    await expect(row).toContainText(r.status);
  }
  // Choosing the second row shows that recipient, from the link alone.
  const second = masked(expected[1].recipient as string);
  await table(other).getByRole('button', { name: second }).click();
  await expectVerdictFor(other, second);
  await expect(summaryBadges(other)).toContainText(expected[1].status);
  expect(await other.content()).not.toContain(expected[0].recipient as string);
});

// --- Links that are broken, foreign or hostile --------------------------------------------------

/** A real link, made by the app from the example, for the tests below to damage. */
let realLink = '';
const realData = () => realLink.slice(realLink.indexOf('#/s/1.') + '#/s/1.'.length);

async function makeRealLink(context: BrowserContext) {
  const page = await context.newPage();
  await openExample(page);
  realLink = await makeShareLink(page);
  await page.close();
}

/** Whether Node can unpack and parse the data of a link (the format has no checksum). */
function unpacks(data: string): unknown {
  try {
    return readShareLink(`#/s/1.${data}`);
  } catch {
    return undefined;
  }
}

/** One character changed: the first change, from the middle on, that breaks the data. */
function tampered(): string {
  const data = realData();
  for (let i = Math.floor(data.length / 2); i < data.length; i++) {
    const c = data[i] === 'A' ? 'B' : 'A';
    const changed = data.slice(0, i) + c + data.slice(i + 1);
    if (unpacks(changed) === undefined) return `${ORIGIN}/#/s/1.${changed}`;
  }
  throw new Error('no change broke the data');
}

const everyString = `${PAYLOADS.script}${PAYLOADS.img}`;

const BAD_LINKS: { name: string; url: () => string; message: RegExp }[] = [
  {
    name: 'truncated (the last 40% cut off)',
    url: () => realLink.slice(0, Math.floor(realLink.length * 0.6)),
    message: /damaged|cut/i,
  },
  {
    name: 'truncated (the last character cut off)',
    url: () => realLink.slice(0, -1),
    message: /damaged|cut/i,
  },
  { name: 'tampered (one character changed)', url: tampered, message: /damaged|changed|cut|valid/i },
  {
    name: 'foreign: another format version',
    url: () => `${ORIGIN}/#/s/2.${realData()}`,
    message: /format 2/,
  },
  {
    name: 'foreign: random base64',
    url: () => {
      const random = seeded(7);
      const bytes = Buffer.from(Array.from({ length: 600 }, () => Math.floor(random() * 256)));
      return `${ORIGIN}/#/s/1.${bytes.toString('base64url')}`;
    },
    message: /damaged|cut|valid|readable/i,
  },
  {
    name: 'foreign: random base64 with no version',
    url: () => `${ORIGIN}/#/s/${Buffer.from('hello, this is not a diagnosis').toString('base64url')}`,
    message: /version/i,
  },
  {
    name: 'foreign: characters a link never has',
    url: () => `${ORIGIN}/#/s/1.${realData().slice(0, 50)}<script>window.__pwned=1</script>`,
    message: /characters|changed|cut/i,
  },
  {
    name: 'valid-looking, with script tags in every string',
    url: () => writeShareLink(mapStrings(readShareLink(realLink), (s) => `${s}${everyString}`)),
    message: /not a valid diagnosis/i,
  },
  { name: 'empty: #/s/ and nothing else', url: () => `${ORIGIN}/#/s/`, message: /version|not a/i },
];

test.describe('bad links', () => {
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ baseURL: ORIGIN });
    await makeRealLink(context);
    await context.close();
    expect(unpacks(realData())).toBeTruthy();
  });

  for (const bad of BAD_LINKS) {
    test(`${bad.name}: an alert, no script, and the analyser still works`, async ({ page }) => {
      const url = bad.url();
      await page.goto(url);
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('This link cannot be opened');
      await expect(alert).toContainText(bad.message);
      await expect(diagnosis(page)).toHaveCount(0);
      await expectNoPayloadRan(page);

      await alert.getByRole('link', { name: 'Analyse a bounce instead' }).click();
      await expect(textBox(page)).toBeVisible();
      await textBox(page).fill(
        'host mx.example.org [192.0.2.9]: 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown',
      );
      await page.getByRole('button', { name: 'Analyze', exact: true }).click();
      await expectVerdictFor(page, 'ann@example.org');
      await expectNoPayloadRan(page);
    });
  }

  // The zlib format ends with a checksum of the data: a link changed anywhere does not unpack
  // into a different diagnosis, and the page says the link cannot be opened.
  test('no one-character change unpacks into another diagnosis; a changed link is refused', async ({
    page,
  }) => {
    const data = realData();
    const original = JSON.stringify(readShareLink(realLink));
    const changes: string[] = [];
    for (let i = 0; i < data.length; i += Math.max(1, Math.floor(data.length / 400))) {
      changes.push(`${data.slice(0, i)}${data[i] === 'A' ? 'B' : 'A'}${data.slice(i + 1)}`);
    }
    const different = changes.filter((c) => {
      const json = unpacks(c);
      return json !== undefined && JSON.stringify(json) !== original;
    });
    expect(different, 'changed links that unpack into another diagnosis').toEqual([]);
    for (const changed of changes.slice(changes.length / 2, changes.length / 2 + 3)) {
      await page.goto(`${ORIGIN}/#/s/1.${changed}`);
      await expect(page.getByRole('alert')).toContainText('This link cannot be opened');
    }
  });
});

// --- Stable links to the explanations -----------------------------------------------------------

test.describe('knowledge links', () => {
  for (const [group, id] of [
    ['codes', '5.7.26'],
    ['reasons', 'mailboxfull'],
  ] as const) {
    test(`#/kb/${id} opens directly in a fresh browser`, async ({ freshPage }) => {
      const page = await freshPage();
      await page.goto(`/#/kb/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle(group, id));
      await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
    });
  }

  test('the explanation of a result links to its own page, which opens anywhere', async ({
    page,
    freshPage,
  }) => {
    await openExample(page);
    const title = await textOf(explanation(page).getByRole('heading', { level: 3 }));
    const link = explanation(page).getByRole('link', { name: 'Open as a page to link to' });
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^#\/kb\/[^/]+$/);
    await link.click();
    await expect(page).toHaveURL(`${ORIGIN}/${href}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const other = await freshPage();
    await other.goto(`/${href}`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(checklist(other).getByRole('listitem')).toHaveText(
      await checklist(page).getByRole('listitem').allInnerTexts(),
    );
  });
});
