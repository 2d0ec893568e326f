// How the page looks: dark mode follows the system, and a phone-sized screen needs no sideways
// scrolling. Screenshots of the main states go to the test output for a person to look at.

import { expect, type Page, test } from '@playwright/test';
import { corpusFile, expectVerdictFor, label, labels, openFiles, pickExample, verdict } from './helpers';

/** Relative luminance (0 black … 1 white) of a computed CSS colour. */
async function luminance(page: Page, selector: string, property: 'backgroundColor' | 'color') {
  const css = await page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);
  const srgb = await page.evaluate((color) => {
    // Let the browser turn any CSS colour (oklch included) into sRGB bytes.
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, css);
  const [r, g, b] = srgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const el = document.scrollingElement as Element;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });

test.describe('colour scheme', () => {
  test('light by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await luminance(page, 'body', 'backgroundColor')).toBeGreaterThan(0.8);
    expect(await luminance(page, 'body', 'color')).toBeLessThan(0.1);
  });

  test('dark when the system is dark', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await luminance(page, 'body', 'backgroundColor')).toBeLessThan(0.05);
    expect(await luminance(page, 'body', 'color')).toBeGreaterThan(0.7);
    await page.screenshot({ path: testInfo.outputPath('dark-home.png') });
    await pickExample(page, 'SPF / DMARC failure');
    await expect(verdict(page)).toBeVisible();
    expect(await luminance(page, '[data-testid="verdict"]', 'backgroundColor')).toBeLessThan(0.05);
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('dark-result.png'), fullPage: true });
  });
});

test.describe('on a phone (360 × 740)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('the home page fits the width', async ({ page }, testInfo) => {
    await page.goto('/');
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(page.getByRole('button', { name: 'Analyze', exact: true })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('phone-home.png'), fullPage: true });
  });

  test('a result fits the width, with the verdict and the buttons in reach', async ({ page }, testInfo) => {
    await page.goto('/');
    const expected = label('lhost-opensmtpd-13.eml');
    await pickExample(page, 'Yahoo deferral');
    await expectVerdictFor(page, expected.recipient as string);
    // The long address in the headline wraps instead of widening the page.
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const name of ['Copy reply to customer', 'Copy ticket note', 'New analysis']) {
      const button = page.getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport({ ratio: 1 });
    }
    await verdict(page).scrollIntoViewIfNeeded();
    await expect(verdict(page)).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('phone-result.png'), fullPage: true });
  });

  test('a result with a long unbroken address fits the width', async ({ page }, testInfo) => {
    await page.goto('/');
    await pickExample(page, 'Unknown user at Gmail');
    await expectVerdictFor(page, label('lhost-opensmtpd-01.eml').recipient as string);
    await page.screenshot({ path: testInfo.outputPath('phone-long-address.png') });
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('several recipients fit the width (the table scrolls inside its card)', async ({ page }, testInfo) => {
    await page.goto('/');
    await openFiles(page).setInputFiles(corpusFile('lhost-opensmtpd-17.eml'));
    await expectVerdictFor(page, labels('lhost-opensmtpd-17.eml')[0].recipient as string);
    await page.screenshot({ path: testInfo.outputPath('phone-recipients.png'), fullPage: true });
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('a knowledge page fits the width', async ({ page }, testInfo) => {
    await page.goto('/#/kb/5.7.26');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fix checklist' })).toBeVisible();
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: testInfo.outputPath('phone-kb.png'), fullPage: true });
  });
});

test('screenshots of the main states on a desktop', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
  await pickExample(page, 'Full mailbox');
  await expectVerdictFor(page, label('rhost-google-05.eml').recipient as string);
  await page
    .getByRole('region', { name: 'What the bounce says' })
    .locator('mark[data-kind="status"] button')
    .first()
    .click();
  await page.screenshot({ path: testInfo.outputPath('result.png'), fullPage: true });
  await page.getByRole('button', { name: 'Analyze', exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: testInfo.outputPath('focus-ring.png') });
});
