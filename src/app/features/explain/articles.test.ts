// Which explanation a bounce gets, and the shape of every article. Results come from the real
// engine run on realistic replies; the articles are the real files in src/knowledge.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES } from 'virtual:knowledge-index';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { REASONS, type RecipientResult } from '../../../core/types';
import { loadExample } from '../input/examples';
import { articleByPath, articlesFor, findArticle, loadArticle } from './articles';

async function resultOf(input: string): Promise<RecipientResult> {
  const analysis = await analyze(input);
  const [result] = analysis.reports[0]?.results ?? [];
  expect(result).toBeDefined();
  return result;
}

const paths = (result: RecipientResult) => articlesFor(result).map((a) => a.path);

/** The providers a code article is limited to (its `provider:` keys), none for general ones. */
const providersOf = (path: string) =>
  (articleByPath(path)?.applies ?? []).filter((k) => k.startsWith('provider:')).map((k) => k.slice(9));

const MICROSOFT_BANNED_IP =
  '550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012607) [BN8NAM12FT042.eop-nam12.prod.protection.outlook.com]';
const USER_UNKNOWN =
  '550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown in virtual mailbox table';
const SPAMHAUS =
  '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5';
const GMAIL_SPAM =
  '550-5.7.1 [203.0.113.5] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError a1si123456 - gsmtp';
const GMAIL_APP_PASSWORD =
  '534-5.7.9 Application-specific password required. For more information, go to https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp';
const YAHOO_POLICY =
  '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes';
const POSTFIX_RELAY = '550 5.4.1 <user@example.net>: Relay access denied';
const POSTFIX_CLIENT = '554 5.7.1 <unknown[203.0.113.5]>: Client host rejected: Access denied';
const MICROSOFT_NO_AUTH =
  '530 5.7.57 Client not authenticated to send mail. [AM0PR02CA0123.eurprd02.prod.outlook.com]';

describe('every article', () => {
  it('the index lists every article file in src/knowledge', () => {
    const root = join(import.meta.dirname, '../../../knowledge');
    const files = ['reasons', 'codes'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.md') && f !== 'INDEX.md' && f !== 'README.md')
        .map((f) => `${dir}/${f.replace(/\.md$/, '')}`),
    );
    expect(files.length).toBeGreaterThan(36);
    expect(ARTICLES.map((a) => a.path).sort()).toEqual(files.sort());
  });

  it('every reason of the vocabulary has its own article', () => {
    for (const reason of REASONS) {
      const meta = findArticle(reason);
      expect(meta?.path, reason).toBe(`reasons/${reason}`);
    }
  });

  it('every article can be found by its id (the #/kb/<id> link), and ids are unique', () => {
    const ids = ARTICLES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const meta of ARTICLES) expect(findArticle(meta.id)?.path, meta.id).toBe(meta.path);
  });

  it('loads with a title, a summary and the four sections in order, with 3 to 7 steps to tick off', async () => {
    expect(ARTICLES.length).toBeGreaterThan(0);
    for (const meta of ARTICLES) {
      const article = await loadArticle(meta.path);
      expect(article.meta.id, meta.path).toBe(meta.path.split('/')[1]);
      expect(article.meta.title.length, `${meta.path} title`).toBeGreaterThan(10);
      expect(article.meta.summary.length, `${meta.path} summary`).toBeGreaterThan(20);
      expect(
        article.sections.map((s) => s.heading),
        meta.path,
      ).toEqual(['What happened', 'Why', 'What to do', 'For admins']);
      for (const s of article.sections)
        expect(s.blocks.length, `${meta.path}: ${s.heading}`).toBeGreaterThan(0);
      const steps = article.sections[2].blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : []));
      expect(steps.length, `${meta.path} steps`).toBeGreaterThanOrEqual(3);
      expect(steps.length, `${meta.path} steps`).toBeLessThanOrEqual(7);
      for (const step of steps) expect(step.trim().length, meta.path).toBeGreaterThan(5);
    }
  });

  it('refuses an article that does not exist', async () => {
    await expect(loadArticle('codes/no-such-code')).rejects.toThrow(/no article/);
    expect(findArticle('no-such-code')).toBeUndefined();
  });
});

describe('articlesFor: the most specific explanation first, the reason’s own article last', () => {
  it('a Microsoft 5.7.606 banned-IP bounce gets Microsoft’s own article first, the "blocked" one last', async () => {
    const result = await resultOf(MICROSOFT_BANNED_IP);
    const found = paths(result);
    expect(found[0]).toBe('codes/microsoft-5.7.606');
    expect(found[found.length - 1]).toBe(`reasons/${result.reason}`);
    expect(found[found.length - 1]).toBe('reasons/blocked');
  });

  it('a 550 5.1.1 from an unnamed server gets the 5.1.1 status article, then the reason’s', async () => {
    const result = await resultOf(USER_UNKNOWN);
    expect(paths(result)).toEqual(['codes/5.1.1', `reasons/${result.reason}`]);
  });

  it('a refusal naming a Spamhaus listing gets the Spamhaus article from the wording', async () => {
    const result = await resultOf(SPAMHAUS);
    const found = paths(result);
    expect(found[0]).toBe('codes/spamhaus');
    expect(found[found.length - 1]).toBe(`reasons/${result.reason}`);
  });

  it('a Microsoft 5.7.57 (app did not sign in) gets Microsoft’s article by its status code', async () => {
    const result = await resultOf(MICROSOFT_NO_AUTH);
    expect(paths(result)[0]).toBe('codes/microsoft-5.7.57');
  });

  it('a Yahoo 5.7.9 policy refusal gets Yahoo’s articles; Gmail’s 534 5.7.9 does not', async () => {
    const yahoo = paths(await resultOf(YAHOO_POLICY));
    expect(yahoo).toContain('codes/yahoo-5.7.9');
    const gmail = paths(await resultOf(GMAIL_APP_PASSWORD));
    expect(gmail.filter((p) => p.includes('yahoo'))).toEqual([]);
  });

  it('never picks an article limited to another provider (Microsoft’s 5.7.1 or 5.4.1 for others)', async () => {
    for (const input of [
      GMAIL_SPAM,
      GMAIL_APP_PASSWORD,
      YAHOO_POLICY,
      POSTFIX_RELAY,
      POSTFIX_CLIENT,
      SPAMHAUS,
      USER_UNKNOWN,
      MICROSOFT_BANNED_IP,
      MICROSOFT_NO_AUTH,
    ]) {
      const result = await resultOf(input);
      for (const path of paths(result)) {
        const limitedTo = providersOf(path);
        if (limitedTo.length) expect(limitedTo, `${path} for ${input}`).toContain(result.provider);
      }
    }
    expect(paths(await resultOf(GMAIL_SPAM))).not.toContain('codes/microsoft-5.7.1');
    expect(paths(await resultOf(POSTFIX_CLIENT))).not.toContain('codes/microsoft-5.7.1');
    expect(paths(await resultOf(POSTFIX_RELAY))).not.toContain('codes/microsoft-5.4.1');
  });

  // BUG: the app's own "Yahoo deferral" example (421 4.7.0 [TSS04] … temporarily deferred due to
  // unexpected volume or user complaints) shows the general "badreputation" article, never
  // codes/yahoo-tss04: articlesFor takes the provider's code only from the evidence rule
  // (provider:yahoo:TSS04), and the engine decided this one by its wording (phrase:badreputation),
  // so the "[TSS04]" in the text is never looked at and the article (provider:yahoo, code:TSS04)
  // has no text: or status: key to fall back on.
  it('the Yahoo deferral example ([TSS04]) gets the Yahoo TSS04 article', async () => {
    const result = await resultOf(await loadExample('yahoo-deferral'));
    expect(result.provider).toBe('yahoo');
    expect(result.diagnosticText).toContain('[TSS04]');
    expect(paths(result)[0]).toBe('codes/yahoo-tss04');
  });
});
