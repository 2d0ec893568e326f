// Which article explains a result, and loading its text. Code articles (codes/*.md) cover a
// provider's own code or a status code and are more specific than the reason's article
// (reasons/*.md), which every reason has. Articles are fetched only when shown.

import { ARTICLES } from 'virtual:knowledge-index';
import type { RecipientResult } from '../../../core/types';
import { type ArticleMeta, parseArticle } from '../../../knowledge/front-matter';
import { parseSections, type Section } from './markdown';

const BODIES = import.meta.glob(['../../../knowledge/*/*.md', '!**/INDEX.md'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

export interface Article {
  meta: ArticleMeta;
  sections: Section[];
}

export const articleByPath = (path: string): ArticleMeta | undefined => ARTICLES.find((a) => a.path === path);

/** An article by its id ("5.7.26", "mailboxfull") or path ("codes/5.7.26"). */
export function findArticle(idOrPath: string): ArticleMeta | undefined {
  return (
    articleByPath(idOrPath) ?? articleByPath(`codes/${idOrPath}`) ?? articleByPath(`reasons/${idOrPath}`)
  );
}

export async function loadArticle(path: string): Promise<Article> {
  const meta = articleByPath(path);
  const load = BODIES[`../../../knowledge/${path}.md`];
  if (!meta || !load) throw new Error(`There is no article ${path}.`);
  const { body } = parseArticle(await load());
  return { meta, sections: parseSections(body) };
}

/** The provider's own code the verdict rests on ("S3150", "5.7.606"), from its evidence. */
export function providerCode(result: RecipientResult): string | null {
  for (const e of result.evidence) {
    const [kind, , code] = e.rule.split(':');
    if (kind === 'provider' && code && /^[A-Za-z0-9#.-]{2,16}$/.test(code)) return code;
  }
  return null;
}

function keys(meta: ArticleMeta, kind: string): string[] {
  return meta.applies.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
}

/** "AUP#In-1310" is covered by "code:AUP#In"; "OFR_102" by "code:OFR". */
const codeMatches = (key: string, code: string) => code === key || code.startsWith(key);

/**
 * The articles for a result, most specific first; the reason's own article is always last.
 * Keys of a code article: `provider:` narrows it to bounces from those providers; `reason:`
 * to those reasons; it applies when a `code:` (the provider's own code), a `text:` (wording in
 * the server's reply, such as a blocklist's name) or a `status:` key matches.
 */
export function articlesFor(result: RecipientResult): ArticleMeta[] {
  const code = providerCode(result);
  const text = result.diagnosticText.toLowerCase();
  const scored: { meta: ArticleMeta; score: number }[] = [];
  for (const meta of ARTICLES) {
    if (!meta.path.startsWith('codes/')) continue;
    const providers = keys(meta, 'provider');
    if (providers.length && (!result.provider || !providers.includes(result.provider))) continue;
    const reasons = keys(meta, 'reason');
    if (reasons.length && !reasons.includes(result.reason)) continue;
    const byCode = code !== null && keys(meta, 'code').some((k) => codeMatches(k, code));
    const byText = keys(meta, 'text').filter((k) => text.includes(k.toLowerCase())).length;
    const byStatus = !result.statusInferred && keys(meta, 'status').includes(result.status);
    if (!byCode && !byText && !byStatus) continue;
    scored.push({
      meta,
      score: (byCode ? 8 : 0) + (byText ? 4 + byText : 0) + (providers.length ? 2 : 0) + (byStatus ? 1 : 0),
    });
  }
  scored.sort((a, b) => b.score - a.score);
  const reason = articleByPath(`reasons/${result.reason}`);
  return [...scored.map((s) => s.meta), ...(reason ? [reason] : [])];
}
