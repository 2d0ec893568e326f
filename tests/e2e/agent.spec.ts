// The support agent's tools: copying a reply for the customer and a ticket note, the keyboard
// shortcuts for them, the shortcuts dialog, and starting a new analysis.

import { expect, type Page, test } from '@playwright/test';
import {
  diagnosis,
  expectVerdictFor,
  grantClipboard,
  label,
  pickExample,
  readClipboard,
  textBox,
  toast,
  verdict,
  writeClipboard,
} from './helpers';

// The "Full mailbox" example is a copy of this corpus bounce.
const expected = label('rhost-google-05.eml');
const recipient = expected.recipient as string;
const MARKDOWN = /\*\*|^#{1,6} |`|^- \[ \]/m;

async function analysed(page: Page) {
  await page.goto('/');
  await pickExample(page, 'Full mailbox');
  await expectVerdictFor(page, recipient);
}

/** The headline of the verdict, as the page shows it. */
async function headline(page: Page): Promise<string> {
  const text = (await verdict(page).getByRole('paragraph').first().textContent())?.trim() ?? '';
  expect(text).toContain(recipient);
  return text;
}

test.beforeEach(async ({ page, context }) => {
  await grantClipboard(context);
  await analysed(page);
  await writeClipboard(page, 'nothing copied yet');
});

test('"Copy reply to customer" copies a plain-language reply naming the recipient', async ({ page }) => {
  await page.getByRole('button', { name: 'Copy reply to customer' }).click();
  await expect(toast(page, /copied/)).toBeVisible();
  await expect.poll(() => readClipboard(page)).not.toBe('nothing copied yet');
  const reply = await readClipboard(page);
  expect(reply).toContain(recipient);
  // The same words as the verdict on the page, without Markdown.
  expect(reply).toContain(await headline(page));
  expect(reply).not.toMatch(MARKDOWN);
  expect(reply.split('\n').length).toBeGreaterThan(3);
});

test('"Copy ticket note" copies a Markdown note with the codes', async ({ page }) => {
  await page.getByRole('button', { name: 'Copy ticket note' }).click();
  await expect(toast(page, /copied/)).toBeVisible();
  await expect.poll(() => readClipboard(page)).not.toBe('nothing copied yet');
  const note = await readClipboard(page);
  expect(note).toMatch(MARKDOWN);
  expect(note).toContain(expected.replyCode as string);
  expect(note).toContain(expected.status);
  expect(note).toContain(`\`${recipient}\``);
  expect(note).toContain(await headline(page));
});

test('C and T copy the same texts from the keyboard; in the box they are just letters', async ({ page }) => {
  // After an analysis the focus is on the result, not in a text field.
  await expect(diagnosis(page).getByRole('heading', { name: /Diagnosis/ })).toBeFocused();
  await page.keyboard.press('c');
  await expect(toast(page, 'Reply to customer copied')).toBeVisible();
  await expect.poll(() => readClipboard(page)).toContain(recipient);
  const reply = await readClipboard(page);
  await page.keyboard.press('t');
  await expect.poll(() => readClipboard(page)).not.toBe(reply);
  const note = await readClipboard(page);

  // The buttons copy the very same texts.
  await page.getByRole('button', { name: 'Copy reply to customer' }).click();
  await expect.poll(() => readClipboard(page)).toBe(reply);
  await page.getByRole('button', { name: 'Copy ticket note' }).click();
  await expect.poll(() => readClipboard(page)).toBe(note);

  // Typing "c" in the text box types it.
  await writeClipboard(page, 'nothing copied yet');
  const before = await textBox(page).inputValue();
  await textBox(page).press('ControlOrMeta+End');
  await page.keyboard.press('c');
  await expect(textBox(page)).toHaveValue(`${before}c`);
  expect(await readClipboard(page)).toBe('nothing copied yet');
});

test('"?" opens the shortcuts and Escape closes them', async ({ page }, testInfo) => {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const what of [/copy the reply/i, /ticket note/i, /new analysis/i])
    await expect(dialog).toContainText(what);
  await page.screenshot({ path: testInfo.outputPath('shortcuts-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The result is still there.
  await expectVerdictFor(page, recipient);
  // The header button opens it too.
  await page.getByRole('button', { name: /shortcuts/i }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('N starts a new analysis: the box is empty and has the focus', async ({ page }) => {
  await expect(textBox(page)).not.toHaveValue('');
  await page.keyboard.press('n');
  await expect(textBox(page)).toHaveValue('');
  await expect(textBox(page)).toBeFocused();
  await expect(diagnosis(page)).toHaveCount(0);
});

test('the "New analysis" button does the same', async ({ page }) => {
  await diagnosis(page).getByRole('button', { name: 'New analysis' }).click();
  await expect(textBox(page)).toHaveValue('');
  await expect(textBox(page)).toBeFocused();
  await expect(diagnosis(page)).toHaveCount(0);
});

test('/, E and O go to the text box, the examples and the file picker', async ({ page }) => {
  // Listen for the file picker from the start, so that Playwright intercepts it in time.
  const choosers: boolean[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser.isMultiple()));
  await page.keyboard.press('/');
  await expect(textBox(page)).toBeFocused();
  await page.getByRole('heading', { name: /Diagnosis/ }).focus();

  // The gallery is folded away after an analysis; E opens it at the first example.
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: /^Unknown user at Gmail/ })).toBeFocused();
  await page.getByRole('heading', { name: /Diagnosis/ }).focus();

  await page.keyboard.press('o');
  await expect.poll(() => choosers).toEqual([true]);
});
