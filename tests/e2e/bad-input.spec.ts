// Input that is not a bounce, or not usable: each gets a clear, specific message next to the
// input, and the text in the box is never touched.

import { closeSync, ftruncateSync, openSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_FIXTURES, diagnosis, inputAlerts, openFiles, textBox, verdict } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('empty: an alert next to the input, and the box keeps what it had', async ({ page }) => {
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(inputAlerts(page)).toHaveCount(1);
  await expect(inputAlerts(page)).toContainText(/nothing to analyse/i);
  // The box is described by the alert, and the focus is back in it.
  await expect(textBox(page)).toHaveAccessibleDescription(/nothing to analyse/i);
  await expect(textBox(page)).toBeFocused();
  await expect(textBox(page)).toHaveValue('');
  await expect(diagnosis(page)).toHaveCount(0);
});

test('only blank lines: the same alert, and the blanks stay in the box', async ({ page }) => {
  await textBox(page).fill('  \n\t\n   ');
  await textBox(page).press('ControlOrMeta+Enter');
  await expect(inputAlerts(page)).toContainText(/nothing to analyse/i);
  await expect(textBox(page)).toHaveValue('  \n\t\n   ');
  // Typing something real and analysing again clears the alert.
  await textBox(page).fill('host mx.example.org [192.0.2.9]: 550 5.1.1 <ann@example.org>: User unknown');
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(verdict(page)).toContainText('ann@example.org');
  await expect(inputAlerts(page)).toHaveCount(0);
});

test('plain prose with no error: a clear "no bounce" message', async ({ page }) => {
  const prose =
    'Hi Sam,\n\nThanks for lunch yesterday. The slides are attached; let me know what you think\n' +
    'before Friday so I can send them on to the client.\n\nBest,\nAlex';
  await textBox(page).fill(prose);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(diagnosis(page)).toContainText(/No bounce could be read|not a bounce/);
  await expect(diagnosis(page)).toContainText(/error line|SMTP error|delivery report/i);
  await expect(verdict(page)).toHaveCount(0);
  await expect(textBox(page)).toHaveValue(prose);
});

test('a PDF: a specific alert, and the box is unchanged', async ({ page }) => {
  await textBox(page).fill('my notes');
  await openFiles(page).setInputFiles(path.join(APP_FIXTURES, 'not-a-bounce.pdf'));
  await expect(inputAlerts(page)).toContainText(/PDF/);
  await expect(inputAlerts(page)).toContainText(/paste its text|\.eml/);
  await expect(textBox(page)).toHaveValue('my notes');
  await expect(verdict(page)).toHaveCount(0);
});

test('a PNG screenshot: a specific alert', async ({ page }) => {
  await textBox(page).fill('my notes');
  await openFiles(page).setInputFiles(path.join(APP_FIXTURES, 'screenshot-of-bounce.png'));
  await expect(inputAlerts(page)).toContainText(/image/i);
  await expect(inputAlerts(page)).not.toContainText(/PDF/);
  await expect(textBox(page)).toHaveValue('my notes');
  await expect(verdict(page)).toHaveCount(0);
});

test('a file over 50 MB: the size alert, and the box is unchanged', async ({ page }, testInfo) => {
  // A sparse file: 51 MB long, made at once, taking no disk space.
  const file = testInfo.outputPath('huge-bounce.eml');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 51 * 1024 * 1024);
  closeSync(fd);
  await textBox(page).fill('my notes');
  await openFiles(page).setInputFiles(file);
  await expect(inputAlerts(page)).toContainText('huge-bounce.eml');
  await expect(inputAlerts(page)).toContainText('51.0 MB');
  await expect(inputAlerts(page)).toContainText('50 MB');
  await expect(textBox(page)).toHaveValue('my notes');
  await expect(diagnosis(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});
