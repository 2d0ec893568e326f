// Several recipients in one report: one row each, with its own verdict. Picking a row shows
// that recipient's highlights and explanation below.
import type { RecipientResult } from '../../../core/types';
import { REASON_LABELS } from '../../../knowledge/labels';
import { Badge } from '../../components/Badge';
import { capitalise, codesOf, verdictOf } from '../../lib/verdict';

export function RecipientsTable({
  results,
  selected,
  onSelect,
}: {
  results: RecipientResult[];
  selected: number;
  onSelect: (i: number) => void;
}) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 text-left text-base font-semibold">
          Recipients ({results.length})
        </caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">
              Recipient
            </th>
            <th scope="col" className="px-4 py-2">
              Verdict
            </th>
            <th scope="col" className="px-4 py-2">
              Codes
            </th>
            <th scope="col" className="px-4 py-2">
              Who must act
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => {
            const v = verdictOf(r);
            const isSelected = i === selected;
            return (
              <tr
                key={`${r.recipient}|${r.spans[0]?.start ?? ''}|${r.status}|${r.diagnosticText.slice(0, 40)}`}
                className={`border-t border-slate-200 dark:border-slate-800 ${isSelected ? 'bg-indigo-50 dark:bg-indigo-950/40' : ''}`}
              >
                <th scope="row" className="px-4 py-2 font-normal">
                  <button
                    type="button"
                    className="link break-all text-left"
                    onClick={() => onSelect(i)}
                    aria-current={isSelected ? 'true' : undefined}
                  >
                    {r.recipient ?? '(unknown recipient)'}
                  </button>
                </th>
                <td className="px-4 py-2">
                  <Badge tone={v.tone}>{v.kind}</Badge>{' '}
                  <span className="ml-1">{capitalise(REASON_LABELS[r.reason])}</span>
                </td>
                <td className="whitespace-nowrap px-4 py-2 font-mono">{codesOf(r)}</td>
                <td className="px-4 py-2">{v.who}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
