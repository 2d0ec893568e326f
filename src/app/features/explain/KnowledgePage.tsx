// The knowledge pages: every explanation has a stable link (#/kb/<id>), so an agent can send
// one without a bounce; #/kb lists them all.

import { ARTICLES } from 'virtual:knowledge-index';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Header } from '../../App';
import { CopyButton } from '../../components/CopyButton';
import { kbLink } from '../../lib/route';
import { findArticle } from './articles';
import { ArticleBody, articleQuery } from './Explanation';

export function KnowledgePage({ id, onShortcuts }: { id: string | null; onShortcuts: () => void }) {
  const meta = id ? findArticle(id) : undefined;
  const query = useQuery({ ...articleQuery(meta?.path ?? 'none'), enabled: Boolean(meta) });
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus whenever the page changes
  useEffect(() => heading.current?.focus(), [id]);
  const link = meta ? `${window.location.origin}${window.location.pathname}${kbLink(meta.id)}` : '';
  return (
    <div className="min-h-screen">
      <Header onShortcuts={onShortcuts} />
      <main className="mx-auto max-w-3xl space-y-5 px-3 pb-16 sm:px-6">
        <p>
          <a className="link" href="#/">
            ← Analyse a bounce
          </a>
        </p>
        {id && !meta && (
          <p role="alert" className="card p-4">
            There is no explanation called “{id}”. Pick one from the list below.
          </p>
        )}
        {meta ? (
          <article className="card p-5" aria-labelledby="kb-title">
            <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">
              Explanation
            </p>
            <h1 id="kb-title" ref={heading} tabIndex={-1} className="mt-1 text-2xl font-bold outline-none">
              {meta.title}
            </h1>
            <p className="mt-2 text-slate-600 dark:text-slate-400">{meta.summary}</p>
            <div className="mt-3">
              <CopyButton label="Copy link" what="Link" getText={() => link} />
            </div>
            <div className="mt-5">
              {query.data ? <ArticleBody article={query.data} resetKey={meta.path} /> : <p>Loading…</p>}
            </div>
          </article>
        ) : (
          <section className="card p-5" aria-labelledby="kb-title">
            <h1 id="kb-title" ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
              All explanations
            </h1>
            {(['reasons', 'codes'] as const).map((group) => (
              <div key={group} className="mt-4">
                <h2 className="text-lg font-semibold">
                  {group === 'reasons' ? 'By kind of bounce' : 'By code'}
                </h2>
                <ul className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
                  {ARTICLES.filter((a) => a.path.startsWith(`${group}/`)).map((a) => (
                    <li key={a.path}>
                      <a className="link" href={kbLink(a.id)}>
                        {a.title}
                      </a>{' '}
                      <span className="font-mono text-xs text-slate-500">{a.id}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
      </main>
    </div>
  );
}
