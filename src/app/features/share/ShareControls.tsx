// "Share link": puts a link to this diagnosis in a read-only field and on the clipboard. The
// diagnosis travels in the link's fragment, so no server sees it; addresses are masked and the
// returned message left out unless the sender ticks the boxes.
import { useEffect, useId, useState } from 'react';
import type { Report } from '../../../core/types';
import { copyText } from '../../components/CopyButton';
import { useAnnounce } from '../../lib/announce';
import { type BuiltLink, buildLink, LINK_BUDGET, type ShareOptions } from './build';

export const shareBase = () => `${window.location.origin}${window.location.pathname}`;

export function describeContents(link: BuiltLink['diagnosis']): string {
  const parts = [
    link.masked.excerpt
      ? 'the verdict and the lines around each error'
      : link.masked.original
        ? 'the verdict and the whole bounce, including the returned message'
        : 'the verdict and the delivery report (without the returned message)',
  ];
  parts.push(link.masked.addresses ? 'email addresses masked' : 'email addresses included');
  if (link.masked.omitted) parts.push(`${link.masked.omitted} more recipients left out`);
  return parts.join('; ');
}

export function ShareControls({ report }: { report: Report }) {
  const [options, setOptions] = useState<ShareOptions>({ includeAddresses: false, includeOriginal: false });
  const [link, setLink] = useState<BuiltLink | null>(null);
  const announce = useAnnounce();
  const id = useId();

  useEffect(() => {
    let live = true;
    buildLink(report, options, shareBase()).then(
      (built) => {
        if (!live) return;
        setLink(built);
        void copyText(built.url).then((ok) =>
          announce(ok ? 'Share link copied to the clipboard' : 'Share link ready: copy it from the field'),
        );
      },
      () => announce('The share link could not be made'),
    );
    return () => {
      live = false;
    };
  }, [report, options, announce]);

  return (
    <section aria-label="Share this diagnosis" className="card w-full space-y-3 p-4">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <span className="font-semibold">Share link</span>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={options.includeAddresses}
            onChange={(e) => setOptions((o) => ({ ...o, includeAddresses: e.target.checked }))}
          />
          Include addresses
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={options.includeOriginal}
            onChange={(e) => setOptions((o) => ({ ...o, includeOriginal: e.target.checked }))}
          />
          Include the whole original message
        </label>
      </div>
      <div className="flex gap-2">
        <label htmlFor={`${id}-link`} className="sr-only">
          Share link
        </label>
        <input
          id={`${id}-link`}
          readOnly
          value={link?.url ?? ''}
          placeholder="Making the link…"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="button"
          className="btn-secondary"
          disabled={!link}
          onClick={() =>
            link &&
            copyText(link.url).then((ok) =>
              announce(ok ? 'Share link copied to the clipboard' : 'Could not copy the link'),
            )
          }
        >
          Copy
        </button>
      </div>
      {link && (
        <div className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
          <p>
            Link length: {link.url.length.toLocaleString()} characters. It contains{' '}
            {describeContents(link.diagnosis)}. The data is in the part after “#”, which browsers never send
            to a server.
          </p>
          {link.shortened && (
            <p role="status" className="text-amber-800 dark:text-amber-300">
              With everything you chose the link would be longer than about {LINK_BUDGET.toLocaleString()}{' '}
              characters, more than browsers and chat tools carry well, so it holds only the lines around each
              error.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
