// Every way a bounce gets in: pasting (in the box, or anywhere on the page), the Analyze button,
// Ctrl/Cmd+Enter, the file picker (.eml, .mbox, .txt), drag-and-drop, and several files at once.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  APP_FIXTURES,
  corpusFile,
  diagnosis,
  expectedKind,
  expectVerdictFor,
  grantClipboard,
  label,
  labels,
  MSG_DIR,
  mboxOf,
  openFiles,
  readCorpus,
  summaryBadges,
  textBox,
  verdict,
  writeClipboard,
} from './helpers';

const PASTE = 'lhost-exim-01.txt';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test.describe('pasting', () => {
  test('a real paste into the text area analyses at once', async ({ page, context }) => {
    await grantClipboard(context);
    const text = readCorpus(PASTE);
    const expected = label(PASTE);
    await writeClipboard(page, text);
    await textBox(page).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(textBox(page)).toHaveValue(text);
    // No button was pressed: the paste itself started the analysis.
    await expectVerdictFor(page, expected.recipient as string);
    await expect(summaryBadges(page).getByRole('listitem').first()).toHaveText(expectedKind(expected));
  });

  test('Ctrl/Cmd+V with the focus elsewhere puts the text in the box and analyses it', async ({
    page,
    context,
  }) => {
    await grantClipboard(context);
    const text = readCorpus(PASTE);
    await writeClipboard(page, text);
    // Focus a plain part of the page (not a text field).
    await page.getByRole('heading', { name: 'Paste or drop a bounce' }).click();
    await expect(textBox(page)).not.toBeFocused();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(textBox(page)).toHaveValue(text);
    await expectVerdictFor(page, label(PASTE).recipient as string);
  });

  test('the Analyze button analyses what was typed', async ({ page }) => {
    const expected = label(PASTE);
    await textBox(page).fill(readCorpus(PASTE));
    // Typing alone does not analyse.
    await expect(diagnosis(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await expectVerdictFor(page, expected.recipient as string);
  });

  test('Ctrl/Cmd+Enter in the box analyses it', async ({ page }) => {
    const expected = label(PASTE);
    await textBox(page).fill(readCorpus(PASTE));
    await textBox(page).press('ControlOrMeta+Enter');
    await expectVerdictFor(page, expected.recipient as string);
    await expect(verdict(page)).toContainText(expected.replyCode as string);
  });
});

test.describe('opening files', () => {
  test('an .eml from the picker', async ({ page }) => {
    const name = 'lhost-outlook-01.eml';
    const expected = label(name);
    await openFiles(page).setInputFiles(corpusFile(name));
    await expectVerdictFor(page, expected.recipient as string);
    await expect(summaryBadges(page).getByRole('listitem').first()).toHaveText(expectedKind(expected));
    await expect(summaryBadges(page)).toContainText(expected.status);
  });

  test('an .mbox of two bounces: "Message 1 of 2", then the second', async ({ page }, testInfo) => {
    const names = ['lhost-exim-03.eml', 'lhost-postfix-05.eml'];
    const file = testInfo.outputPath('two-bounces.mbox');
    writeFileSync(file, mboxOf(names), 'latin1');
    await openFiles(page).setInputFiles(file);
    const pager = page.getByRole('navigation', { name: 'Messages in this file' });
    await expect(pager).toContainText('Message 1 of 2');
    await expectVerdictFor(page, label(names[0]).recipient as string);
    await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect(pager).toContainText('Message 2 of 2');
    await expectVerdictFor(page, label(names[1]).recipient as string);
    await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  test('a .txt paste saved to a file', async ({ page }) => {
    const name = 'lhost-postfix-17.txt';
    await openFiles(page).setInputFiles(corpusFile(name));
    await expectVerdictFor(page, label(name).recipient as string);
  });

  test('drag and drop anywhere on the page', async ({ page }) => {
    const name = 'lhost-postfix-03.eml';
    const bytes = [...readFileSync(corpusFile(name))];
    const transfer = await page.evaluateHandle(
      ({ bytes, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'message/rfc822' }));
        return dt;
      },
      { bytes, name },
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the bounce files to analyse them')).toBeVisible();
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('Drop the bounce files to analyse them')).toBeHidden();
    await expectVerdictFor(page, label(name).recipient as string);
  });

  test('several files at once: a list, and a broken one keeps the others', async ({ page }, testInfo) => {
    const good = ['lhost-exim-01.eml', 'lhost-outlook-01.eml'];
    const pdf = path.join(APP_FIXTURES, 'not-a-bounce.pdf');
    await openFiles(page).setInputFiles([corpusFile(good[0]), pdf, corpusFile(good[1])]);
    const files = page.getByRole('table', { name: /Files \(3\)/ });
    await expect(files).toBeVisible();
    const row = (name: string) =>
      files.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('not-a-bounce.pdf')).toContainText('Could not read');
    await expect(row('not-a-bounce.pdf')).toContainText(/PDF/);
    for (const name of good) {
      await expect(row(name)).toContainText(labels(name)[0].recipient as string);
      await expect(row(name)).not.toContainText('Could not read');
    }
    // The first file is shown below the list; picking another shows that one.
    await expect(diagnosis(page).getByRole('heading', { level: 2 })).toContainText(good[0]);
    await expectVerdictFor(page, label(good[0]).recipient as string);
    await row(good[1]).getByRole('button', { name: good[1] }).click();
    await expect(diagnosis(page).getByRole('heading', { level: 2 })).toContainText(good[1]);
    await expectVerdictFor(page, label(good[1]).recipient as string);
    await page.screenshot({ path: testInfo.outputPath('batch-list.png'), fullPage: true });
  });
});

test('a slow earlier input does not replace a later one', async ({ page }) => {
  // The Outlook reader is loaded on first use; make that slow, as on a slow connection.
  let released = false;
  await page.route('**/assets/msg-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    released = true;
    await route.continue();
  });
  await openFiles(page).setInputFiles(path.join(MSG_DIR, 'Simple.msg'));
  // Meanwhile the user pastes another bounce and analyses it.
  await textBox(page).fill('host mx.example.org [192.0.2.9]: 550 5.1.1 <ann@example.org>: User unknown');
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expectVerdictFor(page, 'ann@example.org');
  await expect.poll(() => released).toBe(true);
  // Give the late file time to be converted and analysed (a settle wait, not a measurement).
  await page.waitForTimeout(1000);
  await expectVerdictFor(page, 'ann@example.org');
});
