// A large input (a 20 MB mbox, made at test time): the page says it is working, shows progress
// and a Cancel button, stays usable while the worker runs, and Cancel stops it.

import { writeFileSync } from 'node:fs';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { diagnosis, mboxOf, openFiles, textBox, toast } from './helpers';

const TARGET = 20 * 1024 * 1024;

/** About 20 MB of real bounces: one corpus bounce repeated as the messages of an mbox. */
function bigMbox(testInfo: TestInfo): string {
  const one = mboxOf(['lhost-postfix-13.eml']);
  const file = testInfo.outputPath('20mb.mbox');
  writeFileSync(file, one.repeat(Math.ceil(TARGET / one.length)), 'latin1');
  return file;
}

const busy = (page: Page) => page.getByRole('status').filter({ hasText: /Analysing/ });
const cancelButton = (page: Page) => page.getByRole('button', { name: 'Cancel' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a 20 MB mbox: working, progress, responsive, and Cancel stops it', async ({ page }, testInfo) => {
  // The engine runs in a Web Worker; stopping it means that worker is ended.
  let workersEnded = 0;
  page.on('worker', (worker) => worker.on('close', () => workersEnded++));
  await openFiles(page).setInputFiles(bigMbox(testInfo));
  await expect(busy(page)).toContainText(/Analysing 20\.\d MB/);
  await expect(cancelButton(page)).toBeVisible();
  const progress = page.getByRole('progressbar', { name: 'Analysis progress' });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('working.png') });

  // The page answers while the worker runs: typing in the box, and a button.
  await textBox(page).pressSequentially('still typing');
  await expect(textBox(page)).toHaveValue('still typing');
  await page.getByRole('button', { name: /shortcuts/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // It was still working all along, and the bar moved on.
  await expect(cancelButton(page)).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);

  expect(page.workers().length).toBeGreaterThan(0);
  expect(workersEnded).toBe(0);
  await cancelButton(page).click();
  await expect(busy(page)).toHaveCount(0);
  await expect(cancelButton(page)).toHaveCount(0);
  await expect.poll(() => workersEnded).toBeGreaterThan(0);
  await expect(diagnosis(page)).toHaveCount(0);
  await expect(textBox(page)).toHaveValue('still typing');

  // And the page works as before.
  await textBox(page).fill('host mx.example.org [192.0.2.9]: 550 5.1.1 <ann@example.org>: User unknown');
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(diagnosis(page).getByTestId('verdict')).toContainText('ann@example.org');
});

test('Escape cancels a running analysis too', async ({ page }, testInfo) => {
  let workersEnded = 0;
  page.on('worker', (worker) => worker.on('close', () => workersEnded++));
  await openFiles(page).setInputFiles(bigMbox(testInfo));
  await expect(cancelButton(page)).toBeVisible();
  // Playwright learns of the worker a moment after it starts.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(cancelButton(page)).toHaveCount(0);
  await expect.poll(() => workersEnded).toBeGreaterThan(0);
  await expect(diagnosis(page)).toHaveCount(0);
});

test('Cancel says that the analysis was cancelled', async ({ page }, testInfo) => {
  await openFiles(page).setInputFiles(bigMbox(testInfo));
  await cancelButton(page).click();
  await expect(toast(page, 'Analysis cancelled')).toBeVisible();
});

test('closing the shortcuts with Escape does not cancel a running analysis', async ({ page }, testInfo) => {
  await openFiles(page).setInputFiles(bigMbox(testInfo));
  await expect(cancelButton(page)).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(cancelButton(page)).toBeVisible();
  await expect(diagnosis(page)).toBeVisible({ timeout: 60_000 });
});
