// The article-style explanation: What happened, Why, What to do (a checklist to tick off) and
// a part for admins. The most specific article wins (a provider's own code, then the status
// code, then the reason); articles are fetched when shown, through react-query.

import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { RecipientResult } from '../../../core/types';
import { kbLink } from '../../lib/route';
import { type Article, articleByPath, articlesFor, loadArticle } from './articles';
import { type Block, inline, type Section } from './markdown';

export const articleQuery = (path: string) => ({
  queryKey: ['article', path],
  queryFn: () => loadArticle(path),
  staleTime: Number.POSITIVE_INFINITY,
});

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        const key = `${b.kind}-${i}`;
        if (b.kind === 'paragraph') return <p key={key}>{inline(b.text)}</p>;
        if (b.kind === 'list') {
          return (
            <ul key={key} className="list-disc space-y-1 pl-5">
              {b.items.map((item) => (
                <li key={item}>{inline(item)}</li>
              ))}
            </ul>
          );
        }
        return null; // checklists are rendered by FixChecklist
      })}
    </>
  );
}

export function FixChecklist({ items, resetKey }: { items: string[]; resetKey: string }) {
  const [done, setDone] = useState<Set<number>>(new Set());
  const id = useId();
  // A new bounce starts a fresh checklist.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger, not a value read
  useEffect(() => setDone(new Set()), [resetKey]);
  return (
    <section
      aria-label="Fix checklist"
      className="rounded-lg border border-emerald-200 bg-emerald-50/60 p-3 dark:border-emerald-900 dark:bg-emerald-950/30"
    >
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {done.size} of {items.length} done
      </p>
      <ul className="space-y-2">
        {items.map((item, i) => (
          <li key={item} className="flex items-start gap-2">
            <input
              id={`${id}-${i}`}
              type="checkbox"
              className="mt-1 h-4 w-4 shrink-0 accent-emerald-700"
              checked={done.has(i)}
              onChange={() =>
                setDone((prev) => {
                  const next = new Set(prev);
                  if (next.has(i)) next.delete(i);
                  else next.add(i);
                  return next;
                })
              }
            />
            <label htmlFor={`${id}-${i}`} className={done.has(i) ? 'text-slate-500 line-through' : ''}>
              {inline(item)}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

const sectionNamed = (article: Article, name: string): Section | undefined =>
  article.sections.find((s) => s.heading.toLowerCase() === name.toLowerCase());

export function ArticleBody({ article, resetKey }: { article: Article; resetKey: string }) {
  const happened = sectionNamed(article, 'What happened');
  const why = sectionNamed(article, 'Why');
  const todo = sectionNamed(article, 'What to do');
  const admins = sectionNamed(article, 'For admins');
  const steps = todo?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : [])) ?? [];
  return (
    <div className="space-y-5 text-[15px] leading-relaxed">
      {happened && (
        <section>
          <h4 className="mb-1 text-base font-semibold">What happened</h4>
          <div className="space-y-2">
            <Blocks blocks={happened.blocks} />
          </div>
        </section>
      )}
      {why && (
        <section>
          <h4 className="mb-1 text-base font-semibold">Why</h4>
          <div className="space-y-2">
            <Blocks blocks={why.blocks} />
          </div>
        </section>
      )}
      {todo && (
        <section>
          <h4 className="mb-2 text-base font-semibold">What to do</h4>
          <div className="space-y-2">
            <Blocks blocks={todo.blocks} />
          </div>
          {steps.length > 0 && <FixChecklist items={steps} resetKey={resetKey} />}
        </section>
      )}
      {admins && (
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <summary className="cursor-pointer select-none font-semibold">For admins</summary>
          <div className="mt-2 space-y-2">
            <Blocks blocks={admins.blocks} />
          </div>
        </details>
      )}
    </div>
  );
}

interface ExplanationProps {
  result: RecipientResult;
  resetKey: string;
  /** An article fixed in advance (a shared link names the one its sender saw). */
  preferred?: string | null;
}

export function Explanation({ result, resetKey, preferred = null }: ExplanationProps) {
  const candidates = articlesFor(result);
  // The preferred article wins while it exists; the app may have gained better ones since.
  const primary = (preferred && articleByPath(preferred)) || candidates[0];
  const general = candidates.length > 1 ? candidates[candidates.length - 1] : null;
  const query = useQuery({ ...articleQuery(primary?.path ?? 'none'), enabled: Boolean(primary) });
  if (!primary) return null;
  return (
    <section aria-labelledby="explanation-title" className="card p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">
          Explanation
        </p>
        <a className="link text-xs" href={kbLink(primary.id)}>
          Open as a page to link to
        </a>
      </div>
      <h3 id="explanation-title" className="mt-1 text-xl font-semibold">
        {primary.title}
      </h3>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{primary.summary}</p>
      <div className="mt-4">
        {query.isPending && <p className="text-sm text-slate-500">Loading the explanation…</p>}
        {query.isError && (
          <p role="alert">The explanation could not be loaded: {(query.error as Error).message}</p>
        )}
        {query.data && <ArticleBody article={query.data} resetKey={resetKey} />}
      </div>
      {general && general.path !== primary.path && (
        <p className="mt-4 text-sm">
          More about this kind of bounce:{' '}
          <a className="link" href={`#/kb/${general.id}`}>
            {general.title}
          </a>
        </p>
      )}
    </section>
  );
}
