// The diagnosis of a known bounce: the highlighted tokens and their explanations, the fix
// checklist, and a bounce with several recipients.

import { expect, type Page, test } from '@playwright/test';
import {
  corpusFile,
  diagnosis,
  expectVerdictFor,
  kindWords,
  label,
  labels,
  openFiles,
  pickExample,
  readCorpus,
  summaryBadges,
  verdict,
} from './helpers';

const evidence = (page: Page) => page.getByRole('region', { name: 'What the bounce says' });
const marks = (page: Page, kind: string) => evidence(page).locator(`pre mark[data-kind="${kind}"]`);
const markTexts = async (page: Page, kind: string) =>
  (await marks(page, kind).allInnerTexts()).map((t) => t.trim());
const explanation = (page: Page) => evidence(page).getByTestId('token-explanation');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test.describe('highlights', () => {
  const FILE = 'rhost-google-05.eml';
  const expected = label(FILE);
  // What the bounce itself says about the refusing server: "host <name>[<ip>] said:".
  const server = /host (\S+?)\[[\d.]+\] said:/.exec(readCorpus(FILE))?.[1] as string;

  test.beforeEach(async ({ page }) => {
    expect(server).toBeTruthy();
    await openFiles(page).setInputFiles(corpusFile(FILE));
    await expectVerdictFor(page, expected.recipient as string);
  });

  test('mark the reply code, status code, refusing server and recipient of the bounce', async ({ page }) => {
    for (const kind of ['reply', 'status', 'server', 'recipient'])
      await expect(marks(page, kind).first()).toBeVisible();
    expect(new Set(await markTexts(page, 'reply'))).toEqual(new Set([expected.replyCode]));
    expect(new Set(await markTexts(page, 'status'))).toEqual(new Set([expected.status]));
    expect(new Set(await markTexts(page, 'server'))).toEqual(new Set([server]));
    expect(new Set((await markTexts(page, 'recipient')).map((t) => t.toLowerCase()))).toEqual(
      new Set([expected.recipient]),
    );
  });

  test('have a legend with one entry per kind of highlight', async ({ page }) => {
    const legend = evidence(page).getByRole('list', { name: 'Legend' });
    await expect(legend).toBeVisible();
    const entries = legend.getByRole('listitem');
    await expect(entries).toHaveCount(4);
    const kinds = await entries
      .locator('mark')
      .evaluateAll((ms) => ms.map((m) => m.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['reply', 'status', 'server', 'recipient']));
    const texts = (await entries.allInnerTexts()).map((t) => t.trim());
    expect(texts.every((t) => t.length > 3)).toBe(true);
    expect(texts.join(' | ')).toMatch(/reply code/i);
    expect(texts.join(' | ')).toMatch(/status code/i);
    expect(texts.join(' | ')).toMatch(/server/i);
    expect(texts.join(' | ')).toMatch(/recipient/i);
  });

  test('explain themselves when clicked', async ({ page }) => {
    await expect(explanation(page)).toHaveCount(0);
    const status = marks(page, 'status').first().getByRole('button');
    await expect(status).toHaveAttribute('aria-expanded', 'false');
    await status.click();
    await expect(status).toHaveAttribute('aria-expanded', 'true');
    await expect(explanation(page)).toContainText(expected.status);
    // 5.x.x: the explanation says the failure is permanent.
    await expect(explanation(page)).toContainText(/permanent/i);
    await marks(page, 'server').first().getByRole('button').click();
    await expect(explanation(page)).toContainText(server);
    await expect(explanation(page)).toContainText(/refused/i);
    await expect(explanation(page)).not.toContainText(expected.status);
  });

  test('explain themselves from the keyboard', async ({ page }) => {
    const reply = marks(page, 'reply').first().getByRole('button');
    await reply.focus();
    await page.keyboard.press('Enter');
    await expect(reply).toHaveAttribute('aria-expanded', 'true');
    await expect(explanation(page)).toContainText(`SMTP reply ${expected.replyCode}`);
    const recipient = marks(page, 'recipient').first().getByRole('button');
    await recipient.focus();
    await page.keyboard.press('Space');
    await expect(explanation(page)).toContainText(expected.recipient as string);
    // Activating it again closes the explanation.
    await page.keyboard.press('Enter');
    await expect(recipient).toHaveAttribute('aria-expanded', 'false');
    await expect(explanation(page)).toHaveCount(0);
  });
});

test.describe('fix checklist', () => {
  const checklist = (page: Page) => page.getByRole('region', { name: 'Fix checklist' });

  test('ticks off steps and counts them; a new analysis starts afresh', async ({ page }) => {
    await pickExample(page, 'Full mailbox');
    const boxes = checklist(page).getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(2);
    await expect(checklist(page)).toContainText(`0 of ${total} done`);
    await boxes.nth(0).check();
    await expect(checklist(page)).toContainText(`1 of ${total} done`);
    await checklist(page).getByRole('checkbox').nth(1).check();
    await expect(checklist(page)).toContainText(`2 of ${total} done`);
    await boxes.nth(0).uncheck();
    await expect(checklist(page)).toContainText(`1 of ${total} done`);
    await expect(boxes.nth(1)).toBeChecked();
    // Clicking a step's text ticks it too (the label belongs to the box).
    const third = boxes.nth(2);
    await checklist(page).getByRole('listitem').nth(2).locator('label').click();
    await expect(third).toBeChecked();
    await expect(checklist(page)).toContainText(`2 of ${total} done`);

    // The same bounce analysed again is a new analysis: nothing is ticked.
    await pickExample(page, 'Full mailbox');
    await expect(checklist(page)).toContainText(`0 of ${total} done`);
    for (let i = 0; i < total; i++) await expect(boxes.nth(i)).not.toBeChecked();

    // So is another bounce.
    await boxes.nth(0).check();
    await pickExample(page, 'Unknown user at Gmail');
    await expect(verdict(page)).toContainText(label('lhost-opensmtpd-01.eml').recipient as string);
    await expect(boxes.first()).toBeVisible();
    const count = await boxes.count();
    await expect(checklist(page)).toContainText(`0 of ${count} done`);
  });
});

test.describe('several recipients', () => {
  const FILE = 'lhost-opensmtpd-17.eml';
  const expected = labels(FILE);

  test('one row per recipient; choosing a row shows that recipient', async ({ page }, testInfo) => {
    expect(expected.length).toBe(2);
    await openFiles(page).setInputFiles(corpusFile(FILE));
    const table = diagnosis(page).getByRole('table', { name: `Recipients (${expected.length})` });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(expected.length + 1);
    for (const r of expected) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: r.recipient as string }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(r.status);
      await expect(row).toContainText(new RegExp(kindWords(r)));
    }
    // The first recipient is shown first.
    await expectVerdictFor(page, expected[0].recipient as string);
    expect(new Set((await markTexts(page, 'recipient')).map((t) => t.toLowerCase()))).toEqual(
      new Set([expected[0].recipient]),
    );
    await expect(table.getByRole('button', { name: expected[0].recipient as string })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await page.screenshot({ path: testInfo.outputPath('several-recipients.png'), fullPage: true });

    await table.getByRole('button', { name: expected[1].recipient as string }).click();
    await expectVerdictFor(page, expected[1].recipient as string);
    await expect(summaryBadges(page)).toContainText(expected[1].status);
    await expect(table.getByRole('button', { name: expected[1].recipient as string })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect
      .poll(async () => new Set((await markTexts(page, 'recipient')).map((t) => t.toLowerCase())))
      .toEqual(new Set([expected[1].recipient]));
    expect(new Set(await markTexts(page, 'status'))).toEqual(new Set([expected[1].status]));

    // J and K step through the recipients from the keyboard.
    await page.keyboard.press('k');
    await expectVerdictFor(page, expected[0].recipient as string);
    await page.keyboard.press('j');
    await expectVerdictFor(page, expected[1].recipient as string);
  });
});
