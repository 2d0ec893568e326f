// Offline use: after one visit the service worker holds every asset, so with the network gone
// the page loads, an example is analysed (the worker and the explanation come from the cache),
// and a share link and a knowledge page open.

import { expect, type Response } from '@playwright/test';
import {
  articleTitle,
  expectVerdictFor,
  makeShareLink,
  pickExample,
  readExample,
  guardedTest as test,
  textBox,
  verdict,
} from './helpers';

const EXAMPLE = 'Full mailbox';
const RECIPIENT = /^Final-Recipient: rfc822; *(\S+)$/m.exec(readExample('gmail-mailbox-full.eml'))?.[1];

test('after a first visit the app works offline', async ({ page, context }, testInfo) => {
  expect(RECIPIENT).toBeTruthy();
  // The first visit: wait until the service worker is active and controls the page.
  await page.goto('/');
  await expect(textBox(page)).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  // The network is really gone: what the worker did not store cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch(`/not-stored-${Date.now()}.json`, { cache: 'no-store' }).then(
      (r) => `status ${r.status}`,
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.reload();
  await expect(textBox(page)).toBeVisible();

  // An example, analysed in the worker, with its explanation and checklist.
  await pickExample(page, EXAMPLE);
  await expectVerdictFor(page, RECIPIENT as string);
  const checklist = page.getByRole('region', { name: 'Fix checklist' });
  await expect(checklist.getByRole('checkbox').first()).toBeVisible();
  // The engine's worker is running, and its script came from the cache.
  const workerUrl = page.workers()[0]?.url();
  expect(workerUrl).toBeTruthy();
  expect(responses.filter((r) => r.url() === workerUrl).map((r) => r.fromServiceWorker())).toContain(true);
  const headline = await verdict(page).getByRole('paragraph').first().textContent();

  // A share link made offline opens offline, in a new tab.
  const url = await makeShareLink(page);
  const shared = await context.newPage();
  shared.on('response', (r) => responses.push(r));
  await shared.goto(url);
  await expect(shared.getByRole('note', { name: 'About this link' })).toBeVisible();
  await expect(verdict(shared).getByRole('paragraph').first()).toHaveText(
    (headline ?? '').replaceAll(
      RECIPIENT as string,
      `${RECIPIENT?.[0]}•••${RECIPIENT?.slice(RECIPIENT.indexOf('@'))}`,
    ),
  );

  // A knowledge page, typed in the address bar.
  await shared.goto('/#/kb/mailboxfull');
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText(articleTitle('reasons', 'mailboxfull'));
  await expect(shared.getByRole('region', { name: 'Fix checklist' })).toBeVisible();

  // Everything since going offline came from the service worker.
  expect(responses.length).toBeGreaterThan(3);
  const fromNetwork = responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url());
  expect(fromNetwork).toEqual([]);
  await context.setOffline(false);
  testInfo.annotations.push({
    type: 'offline responses',
    description: `${responses.length}, all from the service worker`,
  });
});
