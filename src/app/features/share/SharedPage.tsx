// Opening a share link: the diagnosis as the sender saw it, rebuilt from the link alone. A
// damaged, cut or foreign link gets a clear message, and the app stays usable.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Report } from '../../../core/types';
import { Header } from '../../App';
import { Diagnosis } from '../diagnosis/Diagnosis';
import { decodeShare } from './codec';
import { describeContents } from './ShareControls';
import type { SharedDiagnosis } from './types';

/** A shared diagnosis as the report the Diagnosis view shows. */
export function reportOf(shared: SharedDiagnosis): Report {
  return {
    displayText: shared.text,
    originalStart: null,
    inputKind: 'pasted',
    mailSystem: shared.mailSystem,
    message: { subject: shared.subject, from: null, to: null, date: null, messageId: null },
    original: null,
    results: shared.results.map(({ article: _article, providerCode, ...r }) => ({
      ...r,
      evidence:
        providerCode && r.provider
          ? [{ rule: `provider:${r.provider}:${providerCode}`, detail: 'from the shared link' }]
          : [],
      fields: {},
    })),
    problems: [],
  };
}

export function SharedPage({ fragment, onShortcuts }: { fragment: string; onShortcuts: () => void }) {
  const query = useQuery({
    queryKey: ['shared', fragment],
    queryFn: () => decodeShare(fragment),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [recipient, setRecipient] = useState(0);
  return (
    <div className="min-h-screen">
      <Header onShortcuts={onShortcuts} />
      <main className="mx-auto max-w-5xl space-y-5 px-3 pb-16 sm:px-6">
        {query.isPending && <p>Opening the shared diagnosis…</p>}
        {query.isError && (
          <div role="alert" className="card border-l-4 border-l-rose-600 p-4">
            <p className="font-semibold">This link cannot be opened</p>
            <p className="mt-1">{(query.error as Error).message}</p>
            <p className="mt-3">
              <a className="link" href="#/">
                Analyse a bounce instead
              </a>
            </p>
          </div>
        )}
        {query.data && (
          <>
            <div
              className="card border-l-4 border-l-indigo-500 p-4 text-sm"
              role="note"
              aria-label="About this link"
            >
              <p className="font-semibold">A shared diagnosis</p>
              <p className="mt-1">
                This link contains {describeContents(query.data)}. Nothing was sent to a server to show it:
                the data is in the link itself.
              </p>
              <p className="mt-2">
                <a className="link" href="#/">
                  Analyse another bounce
                </a>
              </p>
            </div>
            <Diagnosis
              report={reportOf(query.data)}
              recipient={recipient}
              onSelectRecipient={setRecipient}
              onNew={() => {
                window.location.hash = '#/';
              }}
              analysisKey={fragment.slice(-24)}
              articles={query.data.results.map((r) => r.article)}
              shared
            />
          </>
        )}
      </main>
    </div>
  );
}
