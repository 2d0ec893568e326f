// Outlook .msg files: converted in the page, then analysed. The five samples of
// tests/fixtures/msg are ordinary messages (not bounces), so each must come out as "not a
// bounce" and shows the text it read. A bounce saved as .msg
// (written here with msgreader's own compound-file writer) must get the verdict of the same
// bounce as text, which shows that the text reached the engine intact.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  APP_FIXTURES,
  diagnosis,
  expectVerdictFor,
  inputAlerts,
  label,
  MSG_DIR,
  openFiles,
  outlookMsg,
  readCorpus,
  textBox,
  verdict,
} from './helpers';

// What each sample says (from the samples themselves: their subject and body).
const SAMPLES = [
  { file: 'Simple.msg', subject: 'Simple', body: 'Simple' },
  { file: 'htmlLink.msg', subject: 'htmlLink', body: 'mailto:test@example.com' },
  { file: 'msgInMsg.msg', subject: 'I have attachments!', body: 'I have attachments!' },
  { file: 'sent.msg', subject: 'Sent time', body: 'Test mail' },
  { file: 'nonUnicodeCP932.msg', subject: '日本語 Non Unicode タイトル', body: '日本語 Non Unicode 本文' },
];

const NO_BOUNCE = /This is not a bounce|No bounce could be read from this/;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const sample of SAMPLES) {
  test(`${sample.file} is read and found to be no bounce`, async ({ page }) => {
    await openFiles(page).setInputFiles(path.join(MSG_DIR, sample.file));
    await expect(diagnosis(page)).toContainText(NO_BOUNCE);
    await expect(verdict(page)).toHaveCount(0);
    // Converting worked: no "could not be read" alert.
    await expect(inputAlerts(page)).toHaveCount(0);
  });

  test(`${sample.file}: its text is shown with the result`, async ({ page }) => {
    await openFiles(page).setInputFiles(path.join(MSG_DIR, sample.file));
    await expect(diagnosis(page)).toContainText(NO_BOUNCE);
    await expect(diagnosis(page)).toContainText(sample.subject);
    await expect(diagnosis(page)).toContainText(sample.body);
  });
}

// "宛先不明" ("unknown recipient") and "日本語" in Windows code page 932 (Shift_JIS).
const CP932 = {
  unknownRecipient: [136, 182, 144, 230, 149, 115, 150, 190],
  japanese: [147, 250, 150, 123, 140, 234],
};

test('a Japanese (code page 932) Outlook bounce keeps its Japanese text', async ({ page }, testInfo) => {
  const decode = (bytes: number[]) => new TextDecoder('shift_jis').decode(new Uint8Array(bytes));
  const phrase = decode(CP932.unknownRecipient);
  expect(phrase).toBe('宛先不明');
  const line = [
    ...Buffer.from('host mx.example.jp [192.0.2.20]: 550 5.1.1 <tanaka@example.jp>: User unknown ('),
    ...CP932.unknownRecipient,
    ...Buffer.from(')\r\n'),
  ];
  const file = testInfo.outputPath('cp932-bounce.msg');
  writeFileSync(
    file,
    outlookMsg({
      subject: [...Buffer.from('Undeliverable '), ...CP932.japanese],
      body: line,
      ansi: { codepage: 932, locale: 0x0411 },
    }),
  );
  await openFiles(page).setInputFiles(file);
  await expectVerdictFor(page, 'tanaka@example.jp');
  await expect(page.getByRole('region', { name: 'What the bounce says' })).toContainText(phrase);
});

test('a bounce saved by Outlook as .msg gets the same verdict as its text', async ({ page }, testInfo) => {
  const name = 'lhost-exim-01.txt';
  const expected = label(name);
  const text = readCorpus(name);
  const [subject, ...rest] = text.split('\n');
  const file = testInfo.outputPath('Undeliverable.msg');
  writeFileSync(file, outlookMsg({ subject, body: rest.join('\r\n') }));
  await openFiles(page).setInputFiles(file);
  await expectVerdictFor(page, expected.recipient as string);
  await expect(verdict(page)).toContainText(`${expected.replyCode} ${expected.status}`);
});

test('a .msg that keeps its transport headers is read as the message it was', async ({ page }, testInfo) => {
  const name = 'lhost-outlook-01.eml';
  const expected = label(name);
  const raw = readCorpus(name).replace(/\r\n/g, '\n');
  const cut = raw.indexOf('\n\n');
  const headers = raw.slice(0, cut);
  const subject = /^Subject: (.*)$/m.exec(headers)?.[1] ?? 'Undeliverable';
  // Outlook keeps the readable body; the bounce's report text is in its corpus paste.
  const body = readCorpus(name.replace('.eml', '.txt'));
  const file = testInfo.outputPath('with-headers.msg');
  writeFileSync(file, outlookMsg({ subject, body: body.replace(/\n/g, '\r\n'), headers }));
  await openFiles(page).setInputFiles(file);
  await expectVerdictFor(page, expected.recipient as string);
});

test('a file named .msg that is no Outlook message gets an alert', async ({ page }) => {
  await textBox(page).fill('kept as it is');
  await openFiles(page).setInputFiles(path.join(APP_FIXTURES, 'broken.msg'));
  await expect(inputAlerts(page)).toContainText('broken.msg could not be read');
  await expect(textBox(page)).toHaveValue('kept as it is');
  await expect(diagnosis(page)).toHaveCount(0);
});
