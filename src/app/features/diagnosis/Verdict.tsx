// The verdict at the top: what happened to which recipient, in plain words, then the kind of
// bounce and who must act.
import type { RecipientResult } from '../../../core/types';
import { Badge } from '../../components/Badge';
import { Icon } from '../../components/Icon';
import { codesOf, verdictOf } from '../../lib/verdict';

const ICONS = { ok: 'check', info: 'info', wait: 'clock', fix: 'alert', bad: 'cross' } as const;
const RING = {
  ok: 'border-l-emerald-500',
  info: 'border-l-sky-500',
  wait: 'border-l-amber-500',
  fix: 'border-l-orange-500',
  bad: 'border-l-rose-600',
} as const;

export function Verdict({ result }: { result: RecipientResult }) {
  const v = verdictOf(result);
  const codes = codesOf(result);
  return (
    <div className={`card border-l-4 p-4 sm:p-5 ${RING[v.tone]}`} data-testid="verdict">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="mt-0.5 flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-lg font-bold dark:bg-slate-800"
        >
          <Icon name={ICONS[v.tone]} className="h-5 w-5" />
        </span>
        <div className="min-w-0">
          <p className="text-base font-semibold leading-snug [overflow-wrap:anywhere] sm:text-xl">
            {v.headline}
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{v.addressNote}</p>
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Summary">
            <li>
              <Badge tone={v.tone}>{v.kind}</Badge>
            </li>
            {v.permanence && (
              <li>
                <Badge>{v.permanence}</Badge>
              </li>
            )}
            {codes && (
              <li>
                <Badge>
                  <span className="font-mono">{codes}</span>
                </Badge>
              </li>
            )}
          </ul>
          <p className="mt-3 text-sm">
            <span className="font-semibold">Who must act: </span>
            <span data-testid="who-must-act">{v.who}</span>
            {v.secondWho && (
              <span className="text-slate-600 dark:text-slate-400"> — if it persists: {v.secondWho}</span>
            )}
          </p>
        </div>
      </div>
    </div>
  );
}
