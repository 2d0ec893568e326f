// Several files at once: one row per file with its verdict (or why it could not be read).
// A broken file never hides the good results of the others.
import type { Analysis } from '../../../core/types';
import { Badge } from '../../components/Badge';
import { reportSummary, verdictOf } from '../../lib/verdict';
import type { InputItem } from '../input/files';

export interface BatchRow {
  item: InputItem;
  analysis?: Analysis;
  error?: string;
  working: boolean;
}

export function BatchList({
  rows,
  selected,
  onSelect,
}: {
  rows: BatchRow[];
  selected: number;
  onSelect: (i: number) => void;
}) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 text-left text-base font-semibold">Files ({rows.length})</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="w-2/5 min-w-40 px-4 py-2">
              File
            </th>
            <th scope="col" className="px-4 py-2">
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const report = row.analysis?.reports[0];
            const first = report?.results[0];
            const problem = row.error ?? row.analysis?.problems[0]?.message;
            return (
              <tr
                key={row.item.id}
                className={`border-t border-slate-200 dark:border-slate-800 ${i === selected ? 'bg-indigo-50 dark:bg-indigo-950/40' : ''}`}
              >
                <th scope="row" className="px-4 py-2 font-normal">
                  <button
                    type="button"
                    className="link break-all text-left"
                    onClick={() => onSelect(i)}
                    aria-current={i === selected ? 'true' : undefined}
                  >
                    {row.item.name}
                  </button>
                </th>
                <td className="px-4 py-2">
                  {row.working && <span className="text-slate-500">Analysing…</span>}
                  {!row.working && problem && (
                    <span className="text-rose-700 dark:text-rose-300">
                      <Badge tone="bad">Could not read</Badge> {problem}
                    </span>
                  )}
                  {!row.working && !problem && report && (
                    <span>
                      {first && <Badge tone={verdictOf(first).tone}>{verdictOf(first).kind}</Badge>}{' '}
                      {reportSummary(report)}
                      {(row.analysis?.reports.length ?? 0) > 1 && (
                        <span className="text-slate-500">
                          {' '}
                          (+{(row.analysis?.reports.length ?? 1) - 1} more messages)
                        </span>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
