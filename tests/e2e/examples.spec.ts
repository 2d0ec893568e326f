// The examples gallery: every example gives a verdict that names the recipient and the kind of
// bounce. Expectations come from the corpus labels of the files the examples were copied from
// (the test checks that they are still identical copies), and for the two examples written for
// the app, from their own delivery-status fields.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  CORPUS_DEV,
  diagnosis,
  expectedKind,
  expectVerdictFor,
  type Label,
  label,
  pickExample,
  ROOT,
  summaryBadges,
  textBox,
  verdict,
} from './helpers';

const EXAMPLES_DIR = path.join(ROOT, 'src/app/features/input/examples');

/** The gallery as the app declares it: file and title of each example. */
const EXAMPLES = [
  ...readFileSync(path.join(ROOT, 'src/app/features/input/examples.ts'), 'utf8').matchAll(
    /file: '([^']+)',\s*title: '([^']+)'/g,
  ),
].map(([, file, title]) => ({ file, title }));

/** Examples copied unchanged from the corpus (src/app/features/input/examples/README.md). */
const CORPUS_TWINS: Record<string, string> = {
  'gmail-unknown-user': 'lhost-opensmtpd-01.eml',
  'microsoft365-banned-ip': 'rhost-microsoft-01.eml',
  'yahoo-deferral': 'lhost-opensmtpd-13.eml',
  'gmail-mailbox-full': 'rhost-google-05.eml',
  'blocklisted-ip': 'lhost-gmail-04.eml',
  'domain-not-found': 'lhost-postfix-06.eml',
  'auto-reply': 'rfc3834-01.eml',
};

/** The expected answer for an example the corpus does not have: its own DSN fields. */
function ownLabel(file: string): Label {
  const text = readFileSync(path.join(EXAMPLES_DIR, `${file}.eml`), 'latin1');
  const recipient =
    /^Final-Recipient: rfc822; *(\S+)/im.exec(text)?.[1] ?? /^X-Failed-Recipients: *(\S+)/im.exec(text)?.[1];
  const codes = /\b([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(text);
  if (!recipient || !codes) throw new Error(`cannot read the expected answer of ${file}`);
  // Both are failures of the message (authentication, size), not of the address: not hard.
  return { recipient, replyCode: codes[1], status: codes[2], reason: 'unknown', hardBounce: false };
}

const expectedFor = (file: string): Label =>
  CORPUS_TWINS[file] ? label(CORPUS_TWINS[file]) : ownLabel(file);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the gallery shows every example', async ({ page }) => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(9);
  const gallery = page
    .getByRole('group')
    .filter({ has: page.getByText('Examples: the bounces people meet most') });
  for (const ex of EXAMPLES) await expect(gallery.getByRole('button', { name: ex.title })).toBeVisible();
  await expect(gallery.getByRole('button')).toHaveCount(EXAMPLES.length);
});

test('the examples are still the corpus files they were copied from', () => {
  for (const [file, twin] of Object.entries(CORPUS_TWINS)) {
    expect(readFileSync(path.join(EXAMPLES_DIR, `${file}.eml`))).toEqual(
      readFileSync(path.join(CORPUS_DEV, twin)),
    );
  }
});

for (const ex of EXAMPLES) {
  test(`example "${ex.title}" names the recipient and the kind of bounce`, async ({ page }) => {
    const expected = expectedFor(ex.file);
    await pickExample(page, ex.title);
    // The example's text is put in the box, as if it had been pasted.
    const source = readFileSync(path.join(EXAMPLES_DIR, `${ex.file}.eml`), 'utf8');
    await expect(textBox(page)).toHaveValue(source.replace(/\r\n/g, '\n'));
    await expectVerdictFor(page, expected.recipient as string);
    await expect(summaryBadges(page).getByRole('listitem').first()).toHaveText(expectedKind(expected));
    if (expected.replyCode) await expect(summaryBadges(page)).toContainText(expected.replyCode);
    if (expected.status) await expect(summaryBadges(page)).toContainText(expected.status);
    await expect(verdict(page).getByText('Who must act:')).toBeVisible();
  });
}

test('the out-of-office example is recognised as an auto-reply, not a bounce', async ({ page }) => {
  await pickExample(page, 'Out-of-office reply');
  await expect(summaryBadges(page).getByRole('listitem').first()).toHaveText('Auto-reply');
  await expect(verdict(page)).toContainText(/not a bounce/i);
  await expect(verdict(page)).toContainText(new RegExp(label('rfc3834-01.eml').recipient as string, 'i'));
});

test('an auto-reply does not say it "will be retried"', async ({ page }) => {
  await pickExample(page, 'Out-of-office reply');
  await expect(verdict(page)).toBeVisible();
  await expect(diagnosis(page).getByTestId('who-must-act')).not.toContainText('retried');
});
