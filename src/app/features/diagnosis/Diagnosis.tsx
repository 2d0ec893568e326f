// The "Diagnosis" region: verdict, the agent's tools, the recipients, the highlighted bounce,
// the explanation and the technical details of one report.
import type { Ref } from 'react';
import type { Report } from '../../../core/types';
import { AgentTools } from '../agent/AgentTools';
import { Explanation } from '../explain/Explanation';
import { Details } from './Details';
import { Evidence } from './Evidence';
import { RecipientsTable } from './RecipientsTable';
import { Verdict } from './Verdict';

interface Props {
  report: Report;
  /** Which recipient is shown in detail. */
  recipient: number;
  onSelectRecipient: (i: number) => void;
  onNew: () => void;
  /** A key that changes with every new analysis (resets the checklist). */
  analysisKey: string;
  headingRef?: Ref<HTMLHeadingElement>;
  title?: string;
  /** The explanation chosen for each result, when it is fixed (a shared link carries it). */
  articles?: (string | null)[];
  /** Shown from a share link: no further sharing from here. */
  shared?: boolean;
}

export function Diagnosis({
  report,
  recipient,
  onSelectRecipient,
  onNew,
  analysisKey,
  headingRef,
  title,
  articles,
  shared = false,
}: Props) {
  const result = report.results[Math.min(recipient, report.results.length - 1)];
  return (
    <section aria-label="Diagnosis" className="space-y-4">
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400 outline-none"
      >
        Diagnosis
        {title && (
          <span className="ml-2 font-normal normal-case tracking-normal text-slate-700 dark:text-slate-300">
            {title}
          </span>
        )}
      </h2>
      {!result ? (
        <NoResult report={report} onNew={onNew} />
      ) : (
        <>
          <Verdict result={result} />
          <AgentTools report={report} result={result} onNew={onNew} canShare={!shared} key={analysisKey} />
          {report.results.length > 1 && (
            <RecipientsTable results={report.results} selected={recipient} onSelect={onSelectRecipient} />
          )}
          <Evidence report={report} result={result} />
          <Explanation
            result={result}
            resetKey={`${analysisKey}-${recipient}`}
            preferred={articles?.[Math.min(recipient, report.results.length - 1)] ?? null}
          />
          <Details report={report} result={result} />
        </>
      )}
    </section>
  );
}

function NoResult({ report, onNew }: { report: Report; onNew: () => void }) {
  const problem = report.problems[0];
  const notBounce = problem?.code === 'not-a-bounce' || problem?.code === 'read-receipt';
  return (
    <div className="card border-l-4 border-l-sky-500 p-4 sm:p-5">
      <p className="text-lg font-semibold">
        {notBounce ? 'This is not a bounce' : 'No bounce could be read from this'}
      </p>
      <ul className="mt-2 space-y-1 text-slate-700 dark:text-slate-300">
        {report.problems.map((p) => (
          <li key={p.code + p.message}>{p.message}</li>
        ))}
      </ul>
      {report.displayText.trim() && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold">The text that was read</summary>
          <pre className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 font-mono text-[13px] dark:bg-slate-950">
            {report.displayText.slice(0, 20_000)}
            {report.displayText.length > 20_000 && '\n…'}
          </pre>
        </details>
      )}
      <button type="button" className="btn-secondary mt-4" onClick={onNew}>
        New analysis
      </button>
    </div>
  );
}
