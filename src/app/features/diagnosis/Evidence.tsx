// The bounce's own text with the tokens the verdict rests on highlighted: the reply code, the
// status code, the refusing server and the recipient. Activating a highlight explains it.

import { useMemo, useState } from 'react';
import type { RecipientResult, Report } from '../../../core/types';
import { SPAN_LABELS } from '../../../knowledge/labels';
import { explainReply, explainStatus } from '../../lib/codes';
import { type MarkKind, segmentsOf, windowOf } from './segments';

const LONG_TEXT = 200_000;
const MARGIN = 20_000;

const LEGEND: MarkKind[] = ['reply', 'status', 'server', 'recipient'];

function explain(kind: MarkKind, token: string, result: RecipientResult): string {
  switch (kind) {
    case 'reply':
      return explainReply(token);
    case 'status':
      return explainStatus(token, result.statusInferred);
    case 'server': {
      const ip = result.remoteServer?.ip && result.remoteServer.host ? ` (${result.remoteServer.ip})` : '';
      return `${token}${ip} is the server that refused the message — the recipient's side, not the server that wrote this report${result.reportingServer?.host ? ` (${result.reportingServer.host})` : ''}.`;
    }
    case 'recipient':
      return `${token} is the address the message could not be delivered to.`;
  }
}

export function Evidence({ report, result }: { report: Report; result: RecipientResult }) {
  const [showAll, setShowAll] = useState(false);
  const [active, setActive] = useState<{ kind: MarkKind; token: string } | null>(null);
  const text = report.displayText;
  const view = useMemo(
    () => (showAll ? { from: 0, to: text.length } : windowOf(text.length, result.spans, LONG_TEXT, MARGIN)),
    [showAll, text, result.spans],
  );
  const segments = useMemo(
    () => segmentsOf(text.length, result.spans, view.from, view.to),
    [text, result.spans, view],
  );
  const present = new Set(result.spans.map((s) => s.kind));

  return (
    <section aria-labelledby="evidence-title" className="card p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="evidence-title" className="text-base font-semibold">
          What the bounce says
        </h3>
        <ul
          aria-label="Legend"
          className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
        >
          {LEGEND.filter((k) => present.has(k)).map((kind) => (
            <li key={kind} className="flex items-center gap-1">
              <mark data-kind={kind} aria-hidden="true" className="inline-block h-3 w-3" />
              {SPAN_LABELS[kind]}
            </li>
          ))}
        </ul>
      </div>
      {view.from > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          … {view.from.toLocaleString()} characters above are not shown.
        </p>
      )}
      <pre className="mt-3 max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 font-mono text-[13px] leading-relaxed dark:bg-slate-950">
        {segments.map((s) => {
          const piece = text.slice(s.start, s.end);
          const wrapClass = s.inDiagnostic
            ? 'text-slate-900 dark:text-slate-50 font-medium'
            : 'text-slate-600 dark:text-slate-400';
          if (!s.mark)
            return (
              <span key={s.start} className={wrapClass}>
                {piece}
              </span>
            );
          const kind = s.mark;
          return (
            <mark key={s.start} data-kind={kind} className={s.inDiagnostic ? 'font-medium' : undefined}>
              <button
                type="button"
                className="inline cursor-help rounded-sm p-0 text-left font-inherit"
                aria-label={`${piece}: ${SPAN_LABELS[kind]} — explain`}
                aria-expanded={active?.kind === kind && active.token === piece}
                onClick={() =>
                  setActive(active?.kind === kind && active.token === piece ? null : { kind, token: piece })
                }
              >
                {piece}
              </button>
            </mark>
          );
        })}
      </pre>
      {view.to < text.length && (
        <p className="mt-2 text-xs text-slate-500">
          … {(text.length - view.to).toLocaleString()} characters below are not shown.{' '}
          <button type="button" className="link" onClick={() => setShowAll(true)}>
            Show the whole text
          </button>
        </p>
      )}
      <div aria-live="polite">
        {active && (
          <div
            className="mt-3 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
            data-testid="token-explanation"
          >
            <p className="font-semibold">
              <mark data-kind={active.kind} className="mr-2">
                {active.token}
              </mark>
              {SPAN_LABELS[active.kind]}
            </p>
            <p className="mt-1">{explain(active.kind, active.token, result)}</p>
          </div>
        )}
      </div>
    </section>
  );
}
