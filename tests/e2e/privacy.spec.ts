// "Nothing you paste is sent anywhere": every request the page makes, through a whole session
// (load, paste, files, drop, an example, articles, an Outlook .msg), goes to the page's own
// origin, and none carries the pasted text.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Request, test } from '@playwright/test';
import {
  corpusFile,
  expectVerdictFor,
  grantClipboard,
  label,
  MSG_DIR,
  ORIGIN,
  openFiles,
  outlookMsg,
  pickExample,
  type SeenRequest,
  textBox,
  writeClipboard,
} from './helpers';

test('every request stays on the page’s origin and none carries what was pasted', async ({
  page,
  context,
}, testInfo) => {
  const seen: SeenRequest[] = [];
  const record = (request: Request) =>
    seen.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
  context.on('request', record);
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  // Something only this test could have typed.
  const secret = `privacy-${Date.now().toString(36)}@customer.example`;
  const bounce = `host mx.customer.example [192.0.2.7]: 550 5.1.1 <${secret}>: Recipient address rejected: User unknown`;

  await grantClipboard(context);
  await page.goto('/');
  await expect(textBox(page)).toBeVisible();

  // Paste.
  await writeClipboard(page, bounce);
  await textBox(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expectVerdictFor(page, secret);
  await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();

  // Open a file, then drop one.
  await openFiles(page).setInputFiles(corpusFile('lhost-outlook-01.eml'));
  await expectVerdictFor(page, label('lhost-outlook-01.eml').recipient as string);
  const dropped = [...readFileSync(corpusFile('lhost-postfix-03.eml'))];
  const transfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'dropped.eml'));
    return dt;
  }, dropped);
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expectVerdictFor(page, label('lhost-postfix-03.eml').recipient as string);

  // An example, and its explanation.
  await pickExample(page, 'SPF / DMARC failure');
  await expectVerdictFor(page, 'jordan.lee@gmail.com');
  await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();

  // Outlook .msg files: a sample, and a bounce holding the secret address.
  await openFiles(page).setInputFiles(path.join(MSG_DIR, 'Simple.msg'));
  await expect(page.getByRole('region', { name: 'Diagnosis' })).toContainText(
    /This is not a bounce|No bounce could be read/,
  );
  const msg = testInfo.outputPath('secret.msg');
  writeFileSync(msg, outlookMsg({ subject: 'Undeliverable: hello', body: `${bounce}\r\n` }));
  await openFiles(page).setInputFiles(msg);
  await expectVerdictFor(page, secret);

  // The knowledge pages.
  await page.goto('/#/kb');
  await page
    .getByRole('link', { name: /mailbox/i })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
  await page.goto('/#/kb/5.7.26');
  await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();

  expect(seen.length).toBeGreaterThan(3);
  const elsewhere = seen.filter((r) => new URL(r.url).origin !== ORIGIN);
  expect(elsewhere.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  expect(seen.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`)).toEqual([]);
  const leaks = seen.filter(
    (r) => r.url.includes(secret) || r.body.includes(secret) || r.body.includes(bounce),
  );
  expect(leaks.map((r) => r.url)).toEqual([]);
  expect(sockets).toEqual([]);
  writeFileSync(testInfo.outputPath('requests.txt'), seen.map((r) => `${r.method} ${r.url}`).join('\n'));
});
