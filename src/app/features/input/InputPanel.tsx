// Where a bounce comes in: the text box (pasting analyses at once), the Analyze button, the file
// picker, and the examples gallery. Problems with the input are announced right here, and the
// text in the box is never touched by them.

import type { Ref } from 'react';
import { Icon } from '../../components/Icon';
import { EXAMPLES } from './examples';

interface Props {
  text: string;
  onTextChange: (text: string) => void;
  onPasted: (text: string) => void;
  onAnalyze: () => void;
  onFiles: (files: File[]) => void;
  onExample: (file: string) => void;
  alerts: string[];
  busy: { label: string; progress: number | null } | null;
  onCancel: () => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  fileInputRef: Ref<HTMLInputElement>;
  examplesRef: Ref<HTMLDivElement>;
  compact: boolean;
}

export function InputPanel(props: Props) {
  const { text, alerts, busy } = props;
  return (
    <section aria-labelledby="input-title" className="card p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="input-title" className="text-base font-semibold">
          Paste or drop a bounce
        </h1>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          A whole bounce, the text your mail program shows, or just the error line.
        </p>
      </div>
      <label htmlFor="bounce-text" className="sr-only">
        Bounce message
      </label>
      <textarea
        id="bounce-text"
        ref={props.textareaRef}
        value={text}
        onChange={(e) => props.onTextChange(e.target.value)}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text');
          if (!pasted) return;
          // Let the browser paste, then analyse what the box holds.
          const box = e.currentTarget;
          window.setTimeout(() => props.onPasted(box.value), 0);
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            props.onAnalyze();
          }
        }}
        aria-describedby={alerts.length ? 'input-alerts' : undefined}
        spellCheck={false}
        placeholder="Paste the bounce here (Ctrl/⌘+V works anywhere on the page)…"
        className={`mt-3 w-full resize-y rounded-lg border border-slate-300 bg-white p-3 font-mono text-[13px] leading-relaxed text-slate-900 placeholder:text-slate-400 focus:border-indigo-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 ${props.compact ? 'h-28' : 'h-56 sm:h-64'}`}
      />
      <div id="input-alerts">
        {alerts.map((message) => (
          <p
            key={message}
            role="alert"
            className="mt-2 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-200"
          >
            {message}
          </p>
        ))}
      </div>
      {busy && (
        <div className="mt-3 flex flex-wrap items-center gap-3" role="status" aria-live="polite">
          <span className="text-sm">{busy.label}</span>
          <span
            role="progressbar"
            aria-label="Analysis progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={busy.progress === null ? undefined : Math.round(busy.progress * 100)}
            className="relative h-2 w-48 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <span
              className={`absolute inset-y-0 left-0 rounded-full bg-indigo-600 dark:bg-indigo-400 ${busy.progress === null ? 'w-1/3 animate-pulse' : ''}`}
              style={busy.progress === null ? undefined : { width: `${Math.max(4, busy.progress * 100)}%` }}
            />
          </span>
          <button type="button" className="btn-secondary min-h-8 px-3 py-1" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-primary"
          onClick={props.onAnalyze}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Analyze
        </button>
        <label className="btn-secondary cursor-pointer focus-within:outline-2 focus-within:outline-indigo-500">
          <input
            ref={props.fileInputRef}
            type="file"
            multiple
            accept=".eml,.txt,.mbox,.msg,message/rfc822,text/plain,application/mbox,application/vnd.ms-outlook"
            aria-label="Open files"
            className="sr-only"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) props.onFiles(files);
            }}
          />
          <Icon name="folder" />
          Open files
        </label>
        <span className="text-sm text-slate-500 dark:text-slate-400">
          or drop .eml, .mbox, .msg or .txt files anywhere
        </span>
      </div>
      <details className="group mt-4" open={!props.compact}>
        <summary className="cursor-pointer select-none text-sm font-semibold text-slate-700 dark:text-slate-300">
          Examples: the bounces people meet most
        </summary>
        <div
          ref={props.examplesRef}
          tabIndex={-1}
          className="mt-2 grid grid-cols-1 gap-2 outline-none sm:grid-cols-2 lg:grid-cols-3"
        >
          {EXAMPLES.map((ex) => (
            <button
              key={ex.file}
              type="button"
              onClick={() => props.onExample(ex.file)}
              className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-left hover:border-indigo-300 hover:bg-indigo-50 dark:border-slate-800 dark:bg-slate-950 dark:hover:border-indigo-800 dark:hover:bg-indigo-950/40"
            >
              <span className="block text-sm font-medium">{ex.title}</span>
              <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">{ex.hint}</span>
            </button>
          ))}
        </div>
      </details>
    </section>
  );
}
