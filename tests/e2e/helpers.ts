// Shared pieces of the browser tests: where the fixtures are, the corpus labels (the expected
// answers come from the corpus, never from the app), locators by role and accessible name, and
// small builders for inputs made at test time (an mbox, a big file, an Outlook .msg).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader.js';
import { type BrowserContext, test as base, type Dialog, expect, type Page } from '@playwright/test';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DEV = path.join(ROOT, 'tests/fixtures/corpus/dev');
export const CORPUS_PASTED = path.join(ROOT, 'tests/fixtures/corpus/dev-pasted');
export const MSG_DIR = path.join(ROOT, 'tests/fixtures/msg');
export const APP_FIXTURES = path.join(ROOT, 'tests/fixtures/app');
export const ORIGIN = 'http://127.0.0.1:4173';

export interface Label {
  recipient: string | null;
  status: string;
  replyCode: string | null;
  reason: string;
  hardBounce: boolean;
}

const labelCache = new Map<string, Map<string, Label[]>>();

/** The corpus labels of a file of dev/ (.eml) or dev-pasted/ (.txt). */
export function labels(file: string): Label[] {
  const dir = file.endsWith('.txt') ? CORPUS_PASTED : CORPUS_DEV;
  let byFile = labelCache.get(dir);
  if (!byFile) {
    byFile = new Map();
    for (const line of readFileSync(path.join(dir, 'expected.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { file: string; results: Label[] };
      byFile.set(entry.file, entry.results);
    }
    labelCache.set(dir, byFile);
  }
  const found = byFile.get(path.basename(file));
  if (!found) throw new Error(`no corpus label for ${file}`);
  return found;
}

/** The one label of a single-recipient corpus file. */
export function label(file: string): Label {
  const all = labels(file);
  if (all.length !== 1) throw new Error(`${file} has ${all.length} labelled recipients, not one`);
  return all[0];
}

export const corpusFile = (name: string) =>
  path.join(name.endsWith('.txt') ? CORPUS_PASTED : CORPUS_DEV, name);
export const readCorpus = (name: string) => readFileSync(corpusFile(name), 'latin1');

/**
 * The kind of bounce a person should be told, from a corpus label: the address is bad (hard),
 * it may work later (soft, or delayed when the failure is temporary), or it is no bounce at all.
 */
export function expectedKind(l: Label): RegExp {
  return new RegExp(`^(${kindWords(l)})$`);
}

/** The same, as alternatives to find inside a longer text. */
export function kindWords(l: Label): string {
  if (l.reason === 'vacation') return 'Auto-reply';
  if (l.reason === 'feedback') return 'Spam report';
  if (l.reason === 'delivered') return 'Delivered';
  const temporary = (l.replyCode ?? l.status ?? '').startsWith('4');
  if (temporary) return 'Delayed|Soft bounce';
  return l.hardBounce ? 'Hard bounce' : 'Soft bounce';
}

// --- Locators -------------------------------------------------------------------------------

export const inputRegion = (page: Page) => page.getByRole('region', { name: 'Paste or drop a bounce' });
export const textBox = (page: Page) => page.getByRole('textbox', { name: 'Bounce message' });
export const openFiles = (page: Page) => page.getByLabel('Open files');
export const inputAlerts = (page: Page) => inputRegion(page).getByRole('alert');
export const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });
/** The verdict card at the top of the diagnosis (the app marks it for tests). */
export const verdict = (page: Page) => diagnosis(page).getByTestId('verdict');
export const summaryBadges = (page: Page) => verdict(page).getByRole('list', { name: 'Summary' });
export const examplesSummary = (page: Page) => page.getByText('Examples: the bounces people meet most');
export const toast = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** Opens the examples gallery (it folds away once something was analysed) and picks one. */
export async function pickExample(page: Page, title: string) {
  const button = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  if (!(await button.isVisible())) await examplesSummary(page).click();
  await button.click();
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits for a finished verdict and checks it names this recipient (exactly, case included). */
export async function expectVerdictFor(page: Page, recipient: string) {
  await expect(verdict(page)).toBeVisible();
  await expect(verdict(page).getByRole('paragraph').first()).toContainText(recipient);
}

// --- Clipboard ------------------------------------------------------------------------------

export async function grantClipboard(context: BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
}
export const writeClipboard = (page: Page, text: string) =>
  page.evaluate((t) => navigator.clipboard.writeText(t), text);
export const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// --- Inputs built at test time ----------------------------------------------------------------

/** An mbox of these corpus messages, each behind its own "From " separator line. */
export function mboxOf(names: string[]): string {
  return names
    .map((name) => {
      const text = readCorpus(name)
        .replace(/\r\n/g, '\n')
        .replace(/^From .*\n/, '');
      if (/^From /m.test(text)) throw new Error(`${name} has a line starting with "From "`);
      return `From MAILER-DAEMON  Fri Oct  1 19:28:57 2010\n${text.replace(/\n*$/, '\n')}\n`;
    })
    .join('');
}

const utf16z = (s: string) => Array.from(new Uint8Array(Buffer.from(`${s}\0`, 'utf16le')));

/** One property of the fixed-size property stream: tag, flags (readable, writable), value. */
function fixedProperty(tag: number, value: number): number[] {
  const entry = Buffer.alloc(16);
  entry.writeUInt32LE(tag, 0);
  entry.writeUInt32LE(6, 4);
  entry.writeUInt32LE(value, 8);
  return [...entry];
}

/**
 * An Outlook .msg file (a compound document, written with the msgreader package's own
 * writer) holding a subject, a plain-text body and, optionally, the transport headers.
 * Strings are Unicode; with `ansi`, subject and body are given as bytes in that Windows code
 * page instead (what older Outlook versions write), and the message says which code page
 * and locale it uses, as Outlook does.
 */
export function outlookMsg({
  subject,
  body,
  headers,
  ansi,
}: {
  subject: string | number[];
  body: string | number[];
  headers?: string;
  ansi?: { codepage: number; locale: number };
}): Uint8Array {
  const text = (value: string | number[]) => (typeof value === 'string' ? utf16z(value) : [...value, 0]);
  const type = ansi ? '001E' : '001F';
  const streams: [string, number[]][] = [
    [`__substg1.0_0037${type}`, text(subject)],
    [`__substg1.0_1000${type}`, text(body)],
  ];
  if (headers) streams.push(['__substg1.0_007D001F', utf16z(headers)]);
  const props = [
    ...new Array(32).fill(0),
    ...(ansi ? [...fixedProperty(0x3ffd0003, ansi.codepage), ...fixedProperty(0x3ff10003, ansi.locale)] : []),
  ];
  return burn([
    {
      name: 'Root Entry',
      type: TypeEnum.ROOT,
      length: 0,
      children: [1, ...streams.map((_, i) => i + 2)],
    },
    {
      name: '__properties_version1.0',
      type: TypeEnum.DOCUMENT,
      length: props.length,
      binaryProvider: () => props,
    },
    ...streams.map(([name, data]) => ({
      name,
      type: TypeEnum.DOCUMENT,
      length: data.length,
      binaryProvider: () => data,
    })),
  ]);
}

/** Requests the page makes, with their bodies, for the privacy checks. */
export interface SeenRequest {
  url: string;
  method: string;
  body: string;
}

// --- Share links, fresh browsers, hostile input -----------------------------------------------

export const EXAMPLES_DIR = path.join(ROOT, 'src/app/features/input/examples');
export const readExample = (file: string) => readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');

/** The title an explanation's Markdown file gives itself (src/knowledge/<group>/<id>.md). */
export function articleTitle(group: 'reasons' | 'codes', id: string): string {
  const text = readFileSync(path.join(ROOT, 'src/knowledge', group, `${id}.md`), 'utf8');
  const title = /^title: *(.+)$/m.exec(text)?.[1].trim();
  if (!title) throw new Error(`${group}/${id}.md has no title`);
  return title;
}

/** The read-only field holding the link, once "Share link" was pressed. */
export const shareField = (page: Page) => page.getByRole('textbox', { name: 'Share link' });
export const sharePanel = (page: Page) => page.getByRole('region', { name: 'Share this diagnosis' });

/** Presses "Share link" under a finished diagnosis and returns the link the field shows. */
export async function makeShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link', exact: true }).click();
  await expect(shareField(page)).toHaveValue(/#\/s\//);
  return shareField(page).inputValue();
}

/** What a Bounce Lens link carries, read here in Node: `#/s/1.<base64url(zlib-deflated JSON)>`. */
export function readShareLink(url: string): unknown {
  const at = url.indexOf('#/s/1.');
  if (at < 0) throw new Error(`not a version-1 share link: ${url.slice(0, 80)}`);
  const data = url.slice(at + '#/s/1.'.length);
  return JSON.parse(inflateSync(Buffer.from(data, 'base64url')).toString('utf8'));
}

/** A link in the same format, holding whatever JSON a test wants (hostile, foreign, changed). */
export function writeShareLink(data: unknown, version = 1): string {
  const packed = deflateSync(Buffer.from(JSON.stringify(data), 'utf8')).toString('base64url');
  return `${ORIGIN}/#/s/${version}.${packed}`;
}

/** Every string in a JSON value passed through `f` (keys stay). */
export function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** A small seeded generator (mulberry32), so inputs made at test time are the same every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Markup that would do something if a page ever treated text as HTML: each piece sets
 * window.__pwned and opens a dialog. Neither may ever happen.
 */
export const PAYLOADS = {
  script: `<script>window.__pwned='script';alert('script')</script>`,
  img: `<img src=x onerror="window.__pwned='img';alert('img')">`,
  svg: `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg';alert('svg')"><circle r="5"/></svg>`,
  jsLink: `<a href="javascript:window.__pwned='a';alert('a')">help</a>`,
  jsMarkdown: `[Fix it](javascript:window.__pwned='md';alert('md'))`,
} as const;

/** Checks that nothing a payload could do happened in this page: no global, no live markup. */
export async function expectNoPayloadRan(page: Page) {
  const found = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const active = [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase()) &&
          !(el.tagName === 'SCRIPT' && el.getAttribute('src')?.startsWith('/')),
      )
      .map((el) => el.outerHTML.slice(0, 120));
    const handlers = [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
      .map((el) => el.outerHTML.slice(0, 120));
    const jsLinks = [...document.querySelectorAll('a[href], area[href]')]
      .filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))
      .map((a) => a.outerHTML.slice(0, 120));
    return { pwned: w.__pwned ?? null, active, handlers, jsLinks };
  });
  expect(found).toEqual({ pwned: null, active: [], handlers: [], jsLinks: [] });
}

/** Watches a browser context: requests to any other origin, and dialogs (dismissed at once). */
function watchContext(context: BrowserContext, offOrigin: string[], dialogs: string[]) {
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== ORIGIN) offOrigin.push(`${request.method()} ${request.url()}`);
  });
  context.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
}

/**
 * The test of the share, offline, security and hostile-input specs. In every test, and in every
 * fresh browser context it opens, the page may request its own origin only and no dialog may
 * ever open (the hostile inputs all try alert()); both are checked when the test ends.
 * `freshPage()` opens a page in a new context that shares nothing with the first but what the
 * test gives it (a link), as a colleague's browser would.
 */
export const guardedTest = base.extend<{
  watched: { offOrigin: string[]; dialogs: string[]; watch: (c: BrowserContext) => void };
  freshPage: () => Promise<Page>;
}>({
  watched: [
    async ({ context }, use) => {
      const offOrigin: string[] = [];
      const dialogs: string[] = [];
      const watch = (c: BrowserContext) => watchContext(c, offOrigin, dialogs);
      watch(context);
      await use({ offOrigin, dialogs, watch });
      expect(offOrigin, 'requests to another origin').toEqual([]);
      expect(dialogs, 'dialogs opened').toEqual([]);
    },
    { auto: true },
  ],
  freshPage: async ({ browser, watched }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      watched.watch(context);
      contexts.push(context);
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
});
