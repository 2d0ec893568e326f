// Accessibility: axe finds no serious or critical problem on the main pages, and the whole
// flow works from the keyboard alone.

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  corpusFile,
  diagnosis,
  expectVerdictFor,
  grantClipboard,
  label,
  labels,
  openFiles,
  pickExample,
  readClipboard,
  readCorpus,
  textBox,
  verdict,
  writeClipboard,
} from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('axe finds no serious or critical violation', () => {
  test('on the home page', async ({ page }) => {
    await page.goto('/');
    await expect(textBox(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a result page', async ({ page }) => {
    await page.goto('/');
    await pickExample(page, 'Full mailbox');
    await expectVerdictFor(page, label('rhost-google-05.eml').recipient as string);
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    // With a highlight's explanation open, too.
    await page
      .getByRole('region', { name: 'What the bounce says' })
      .locator('mark[data-kind="reply"] button')
      .first()
      .click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on the home page in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(textBox(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a result page in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await pickExample(page, 'Full mailbox');
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a result with several recipients', async ({ page }) => {
    await page.goto('/');
    await openFiles(page).setInputFiles(corpusFile('lhost-opensmtpd-17.eml'));
    await expect(diagnosis(page).getByRole('table', { name: /Recipients/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a list of files', async ({ page }) => {
    await page.goto('/');
    await openFiles(page).setInputFiles([
      corpusFile('lhost-exim-01.eml'),
      corpusFile('lhost-outlook-01.eml'),
    ]);
    await expect(page.getByRole('table', { name: /Files/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a knowledge page', async ({ page }) => {
    await page.goto('/#/kb/mailboxfull');
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('keyboard only: Tab to the box, paste, reach the verdict and the copy buttons', async ({
  page,
  context,
}) => {
  await grantClipboard(context);
  await page.goto('/');
  const name = 'lhost-exim-01.txt';
  const recipient = label(name).recipient as string;
  await writeClipboard(page, readCorpus(name));

  // Tab until the text box has the focus (a handful of stops at most).
  for (let i = 0; i < 6 && !(await textBox(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(textBox(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+V');

  // The result takes the focus: its heading, just above the verdict.
  const heading = diagnosis(page).getByRole('heading', { name: /Diagnosis/ });
  await expect(heading).toBeFocused();
  await expect(verdict(page)).toBeInViewport();
  await expect(verdict(page)).toContainText(recipient);

  await writeClipboard(page, 'nothing copied yet');
  await page.keyboard.press('Tab');
  const copyReply = page.getByRole('button', { name: 'Copy reply to customer' });
  await expect(copyReply).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(page)).toContain(recipient);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy ticket note' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => readClipboard(page)).toContain(`\`${recipient}\``);
});

test('keyboard only: the recipients table and the checklist', async ({ page }) => {
  await page.goto('/');
  const expected = labels('lhost-opensmtpd-17.eml');
  await openFiles(page).setInputFiles(corpusFile('lhost-opensmtpd-17.eml'));
  await expectVerdictFor(page, expected[0].recipient as string);
  const second = page.getByRole('button', { name: expected[1].recipient as string });
  await second.focus();
  await page.keyboard.press('Enter');
  await expectVerdictFor(page, expected[1].recipient as string);
  const firstStep = page.getByRole('region', { name: 'Fix checklist' }).getByRole('checkbox').first();
  await firstStep.focus();
  await page.keyboard.press('Space');
  await expect(firstStep).toBeChecked();
});
