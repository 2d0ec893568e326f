// The knowledge pages (#/kb): the list of explanations, one article with its checklist, and an
// unknown id. Expected titles and steps are read from the Markdown articles themselves.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  expectVerdictFor,
  grantClipboard,
  ORIGIN,
  pickExample,
  ROOT,
  readClipboard,
  textBox,
  writeClipboard,
} from './helpers';

const KNOWLEDGE = path.join(ROOT, 'src/knowledge');

interface ArticleFile {
  id: string;
  title: string;
  steps: string[];
}

function article(group: 'reasons' | 'codes', file: string): ArticleFile {
  const text = readFileSync(path.join(KNOWLEDGE, group, file), 'utf8').replace(/\r\n/g, '\n');
  const field = (name: string) => new RegExp(`^${name}: *(.+)$`, 'm').exec(text)?.[1].trim();
  const todo = text.split(/^## /m).find((s) => s.startsWith('What to do')) ?? '';
  return {
    id: field('id') ?? file.replace(/\.md$/, ''),
    title: field('title') ?? '',
    steps: [...todo.matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]),
  };
}

const articles = (group: 'reasons' | 'codes') =>
  readdirSync(path.join(KNOWLEDGE, group))
    .filter((f) => f.endsWith('.md') && f !== 'INDEX.md')
    .map((f) => article(group, f));

/** Markdown inline markup as a reader sees it. */
const shown = (s: string) =>
  s
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

test('#/kb lists every explanation, by kind of bounce and by code', async ({ page }) => {
  await page.goto('/#/kb');
  await expect(page.getByRole('heading', { level: 1, name: 'All explanations' })).toBeVisible();
  for (const [group, heading] of [
    ['reasons', 'By kind of bounce'],
    ['codes', 'By code'],
  ] as const) {
    const expected = articles(group);
    expect(expected.length).toBeGreaterThan(5);
    const list = page.getByRole('heading', { name: heading }).locator('xpath=following-sibling::ul[1]');
    await expect(list.getByRole('link')).toHaveCount(expected.length);
    expect((await list.getByRole('link').allInnerTexts()).sort()).toEqual(
      expected.map((a) => a.title).sort(),
    );
    // Each entry shows the article's id beside its title.
    for (const item of await list.getByRole('listitem').all()) {
      const title = (await item.getByRole('link').textContent())?.trim();
      await expect(item).toContainText(expected.find((a) => a.title === title)?.id as string);
    }
  }
  // A link opens its article.
  const mailboxfull = article('reasons', 'mailboxfull.md');
  await page.getByRole('link', { name: mailboxfull.title, exact: true }).click();
  await expect(page).toHaveURL(/#\/kb\/mailboxfull$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mailboxfull.title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('#/kb/5.7.26 shows the article with its checklist', async ({ page, context }, testInfo) => {
  await grantClipboard(context);
  const expected = article('codes', '5.7.26.md');
  expect(expected.steps.length).toBeGreaterThan(1);
  await page.goto('/#/kb/5.7.26');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.title);
  for (const section of ['What happened', 'Why', 'What to do']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  const checklist = page.getByRole('region', { name: 'Fix checklist' });
  const boxes = checklist.getByRole('checkbox');
  await expect(boxes).toHaveCount(expected.steps.length);
  for (const [i, step] of expected.steps.entries()) {
    await expect(checklist.getByRole('listitem').nth(i)).toHaveText(shown(step));
  }
  await expect(checklist).toContainText(`0 of ${expected.steps.length} done`);
  await boxes.first().check();
  await expect(checklist).toContainText(`1 of ${expected.steps.length} done`);
  await page.screenshot({ path: testInfo.outputPath('kb-article.png'), fullPage: true });

  // The page's own link can be copied for a customer.
  await writeClipboard(page, 'nothing copied yet');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => readClipboard(page)).toBe(`${ORIGIN}/#/kb/5.7.26`);

  await page.getByRole('link', { name: /Analyse a bounce/ }).click();
  await expect(textBox(page)).toBeVisible();
});

test('an unknown explanation id gets an alert, and the list to pick from', async ({ page }) => {
  await page.goto('/#/kb/no-such-code');
  await expect(page.getByRole('alert')).toContainText('no-such-code');
  await expect(page.getByRole('alert')).toContainText(/no explanation/i);
  await expect(page.getByRole('heading', { level: 1, name: 'All explanations' })).toBeVisible();
});

test('a result links to the general explanation of its kind of bounce', async ({ page }) => {
  await page.goto('/');
  await pickExample(page, 'SPF / DMARC failure');
  await expectVerdictFor(page, 'jordan.lee@gmail.com');
  const general = article('reasons', 'authfailure.md');
  const link = page.getByRole('link', { name: general.title, exact: true });
  await link.click();
  await expect(page).toHaveURL(/#\/kb\/authfailure$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(general.title);
  // Back to the analyser: the browser's Back button returns to the result.
  await page.goBack();
  await expectVerdictFor(page, 'jordan.lee@gmail.com');
});

test('the Shortcuts button works on a knowledge page too', async ({ page }) => {
  await page.goto('/#/kb/5.7.26');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /shortcuts/i }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
