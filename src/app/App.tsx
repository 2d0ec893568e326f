// The page: the input at the top, the diagnosis below it (or a list of files when several were
// opened), keyboard shortcuts and page-wide paste and drop. The analysis itself runs in a Web
// Worker through react-query (engine/useAnalyses.ts).

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCopy } from './components/CopyButton';
import { Icon } from './components/Icon';
import { type Analyzer, analyzeInWorker, CancelledError, warmUp } from './engine/client';
import { useAnalyses } from './engine/useAnalyses';
import { useAgentTexts } from './features/agent/AgentTools';
import { ShortcutsDialog } from './features/agent/Shortcuts';
import { BatchList } from './features/batch/BatchList';
import { Diagnosis } from './features/diagnosis/Diagnosis';
import { KnowledgePage } from './features/explain/KnowledgePage';
import { loadExample } from './features/input/examples';
import { describeSize, type InputItem, MB, nextId, readFiles } from './features/input/files';
import { InputPanel } from './features/input/InputPanel';
import { SharedPage } from './features/share/SharedPage';
import { useAnnounce } from './lib/announce';
import { useHashRoute } from './lib/route';
import { verdictOf } from './lib/verdict';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function App({ analyzer = analyzeInWorker }: { analyzer?: Analyzer }) {
  const route = useHashRoute();
  const [text, setText] = useState('');
  const [items, setItems] = useState<InputItem[]>([]);
  const [alerts, setAlerts] = useState<string[]>([]);
  const [selectedItem, setSelectedItem] = useState(0);
  const [selectedReport, setSelectedReport] = useState(0);
  const [selectedRecipient, setSelectedRecipient] = useState(0);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const examplesRef = useRef<HTMLDivElement>(null);
  const diagnosisRef = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  const copy = useCopy();
  const texts = useAgentTexts();
  const { states, cancel } = useAnalyses(items, analyzer);
  // Each new input supersedes the ones before it, even those still loading (a slow .msg, an
  // example being fetched): only the latest request may start an analysis.
  const generation = useRef(0);

  // When the current analysis started, and when the person last typed in the box.
  const startedAt = useRef(0);
  const typedAt = useRef(0);

  const start = useCallback((next: InputItem[]) => {
    startedAt.current = performance.now();
    setAlerts([]);
    setItems(next);
    setSelectedItem(0);
    setSelectedReport(0);
    setSelectedRecipient(0);
  }, []);

  const analyzeText = useCallback(
    (value: string) => {
      generation.current++;
      if (!value.trim()) {
        setAlerts([
          'There is nothing to analyse yet: paste the text of a bounce into the box, or open or drop a file.',
        ]);
        textareaRef.current?.focus();
        return;
      }
      start([{ id: nextId(), name: 'Pasted text', origin: 'paste', input: value, size: value.length }]);
    },
    [start],
  );

  const analyzeFiles = useCallback(
    async (files: File[]) => {
      const mine = ++generation.current;
      const { items: read, refused } = await readFiles(files);
      if (mine !== generation.current) return;
      if (read.length) start(read);
      setAlerts(refused.map((r) => r.message));
    },
    [start],
  );

  const analyzeExample = useCallback(
    async (file: string) => {
      const mine = ++generation.current;
      const example = await loadExample(file);
      if (mine !== generation.current) return;
      setText(example);
      start([
        { id: nextId(), name: `Example: ${file}`, origin: 'example', input: example, size: example.length },
      ]);
    },
    [start],
  );

  const newAnalysis = useCallback(() => {
    generation.current++;
    void cancel();
    setItems([]);
    setText('');
    setAlerts([]);
    textareaRef.current?.focus();
  }, [cancel]);

  const current = states[selectedItem];
  const working = states.some((s) => s.working);
  // Cancelling stops the worker; react-query then returns the query to its earlier state, so
  // the page says itself that the analysis was cancelled.
  const cancelAnalysis = useCallback(() => {
    if (!states.some((s) => s.working)) return;
    generation.current++;
    void cancel();
    setItems([]);
    announce('Analysis cancelled');
  }, [states, cancel, announce]);
  const report = current?.analysis?.reports[selectedReport];
  const result = report?.results[selectedRecipient];

  // Input problems the engine found (empty, not an email, a PDF, too large) belong next to the
  // input, for a single input; in a batch they show in the file's row.
  const inputProblems = useMemo(() => {
    if (states.length !== 1 || !current?.analysis) return [];
    const problems = current.analysis.problems.filter((p) => p.code !== 'cancelled');
    return current.analysis.reports.length === 0 ? problems.map((p) => p.message) : [];
  }, [states.length, current]);

  // When an analysis finishes, take keyboard and screen-reader users to its result — unless
  // they have typed in the box since it started (keys meant for the box must not land on a
  // shortcut); the result is announced either way.
  const done = states.length > 0 && !working && states.some((s) => s.analysis?.reports.length);
  useEffect(() => {
    if (!done) return;
    const typing = isTyping(document.activeElement) && typedAt.current > startedAt.current;
    if (!typing) diagnosisRef.current?.focus({ preventScroll: false });
  }, [done]);
  const headline = result ? verdictOf(result).headline : null;
  useEffect(() => {
    if (headline) announce(headline);
  }, [headline, announce]);

  // The tab's title carries the verdict, for agents with many tabs open.
  useEffect(() => {
    document.title = result
      ? `${verdictOf(result).kind}: ${result.recipient ?? 'unknown recipient'} — Bounce Lens`
      : 'Bounce Lens — explain a bounced email';
  }, [result]);

  // Page-wide paste: Ctrl/Cmd+V anywhere (outside a text field) puts the text in the box.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) && event.target !== document.body) return;
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length) {
        event.preventDefault();
        void analyzeFiles(files);
        return;
      }
      const pasted = event.clipboardData?.getData('text') ?? '';
      if (!pasted) return;
      event.preventDefault();
      setText(pasted);
      textareaRef.current?.focus();
      analyzeText(pasted);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [analyzeFiles, analyzeText]);

  // Page-wide drop.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
      if (analyzer === analyzeInWorker) warmUp();
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      e.preventDefault();
      void analyzeFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [analyzeFiles, analyzer]);

  // Start the worker on the first sign of use, so the first analysis answers at once without
  // loading the engine on a visit that never analyses anything.
  useEffect(() => {
    if (analyzer !== analyzeInWorker) return;
    const once = () => warmUp();
    window.addEventListener('pointerdown', once, { once: true });
    window.addEventListener('keydown', once, { once: true });
    window.addEventListener('focusin', once, { once: true });
    return () => {
      window.removeEventListener('pointerdown', once);
      window.removeEventListener('keydown', once);
      window.removeEventListener('focusin', once);
    };
  }, [analyzer]);

  // Keyboard shortcuts.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape in an open dialog closes the dialog, nothing more.
      if (e.key === 'Escape' && working && !document.querySelector('dialog[open]')) {
        cancelAnalysis();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const step = (delta: number) => {
        if (states.length > 1) setSelectedItem((i) => (i + delta + states.length) % states.length);
        else if (report && report.results.length > 1)
          setSelectedRecipient((i) => (i + delta + report.results.length) % report.results.length);
      };
      const actions: Record<string, () => void> = {
        '?': () => setShortcutsOpen(true),
        '/': () => textareaRef.current?.focus(),
        o: () => fileInputRef.current?.click(),
        e: () => {
          examplesRef.current?.closest('details')?.setAttribute('open', '');
          examplesRef.current?.querySelector('button')?.focus();
        },
        n: newAnalysis,
        c: () => {
          if (result) void copy('Reply to customer', () => texts.reply(result));
        },
        t: () => {
          if (report && result) void copy('Ticket note', () => texts.note(report, result));
        },
        j: () => step(1),
        k: () => step(-1),
      };
      const action = actions[e.key.toLowerCase()] ?? actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [working, cancelAnalysis, states.length, report, result, newAnalysis, copy, texts]);

  const busy = working
    ? {
        label:
          states.length > 1
            ? `Analysing ${states.filter((s) => !s.working).length + 1} of ${states.length} files…`
            : current && current.item.size > MB
              ? `Analysing ${describeSize(current.item.size)}…`
              : 'Analysing…',
        progress:
          states.length > 1
            ? states.filter((s) => !s.working).length / states.length
            : (current?.progress ?? null),
      }
    : null;

  const shortcuts = <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />;
  if (route.kind === 'kb') {
    return (
      <>
        <KnowledgePage id={route.id} onShortcuts={() => setShortcutsOpen(true)} />
        {shortcuts}
      </>
    );
  }
  if (route.kind === 'shared') {
    return (
      <>
        <SharedPage fragment={route.fragment} onShortcuts={() => setShortcutsOpen(true)} />
        {shortcuts}
      </>
    );
  }

  return (
    <div className="min-h-screen">
      <Header onShortcuts={() => setShortcutsOpen(true)} />
      <main className="mx-auto max-w-5xl space-y-5 px-3 pb-16 sm:px-6">
        <InputPanel
          text={text}
          onTextChange={(value) => {
            typedAt.current = performance.now();
            setText(value);
          }}
          onPasted={analyzeText}
          onAnalyze={() => analyzeText(text)}
          onFiles={(files) => void analyzeFiles(files)}
          onExample={(file) => void analyzeExample(file)}
          alerts={[
            ...alerts,
            ...inputProblems,
            ...(current?.error && !(current.error instanceof CancelledError) ? [current.error.message] : []),
          ]}
          busy={busy}
          onCancel={cancelAnalysis}
          textareaRef={textareaRef}
          fileInputRef={fileInputRef}
          examplesRef={examplesRef}
          compact={states.length > 0}
        />
        {states.length > 1 && (
          <BatchList
            rows={states.map((s) => ({
              item: s.item,
              analysis: s.analysis,
              error: s.error?.message,
              working: s.working,
            }))}
            selected={selectedItem}
            onSelect={(i) => {
              setSelectedItem(i);
              setSelectedReport(0);
              setSelectedRecipient(0);
            }}
          />
        )}
        {current?.analysis && current.analysis.reports.length > 1 && (
          <nav aria-label="Messages in this file" className="flex items-center gap-2 text-sm">
            <span>
              Message {selectedReport + 1} of {current.analysis.reports.length}
            </span>
            <button
              type="button"
              className="btn-secondary min-h-8 px-3 py-1"
              disabled={selectedReport === 0}
              onClick={() => setSelectedReport((r) => r - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="btn-secondary min-h-8 px-3 py-1"
              disabled={selectedReport >= current.analysis.reports.length - 1}
              onClick={() => setSelectedReport((r) => r + 1)}
            >
              Next
            </button>
          </nav>
        )}
        {report && (
          <Diagnosis
            report={report}
            recipient={selectedRecipient}
            onSelectRecipient={setSelectedRecipient}
            onNew={newAnalysis}
            analysisKey={`${current?.item.id}-${selectedReport}`}
            headingRef={diagnosisRef}
            title={states.length > 1 ? current?.item.name : undefined}
          />
        )}
      </main>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-indigo-600/15 backdrop-blur-[1px]">
          <p className="rounded-xl border-2 border-dashed border-indigo-500 bg-white px-8 py-6 text-lg font-semibold text-indigo-800 dark:bg-slate-900 dark:text-indigo-200">
            Drop the bounce files to analyse them
          </p>
        </div>
      )}
      {shortcuts}
    </div>
  );
}

export function Header({ onShortcuts }: { onShortcuts: () => void }) {
  return (
    <header className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-3 py-4 sm:px-6">
      <a href="#/" className="flex items-center gap-2 text-slate-900 no-underline dark:text-slate-100">
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-lg bg-indigo-700 text-lg text-white dark:bg-indigo-500 dark:text-slate-950"
        >
          <Icon name="arrow" className="h-5 w-5" />
        </span>
        <span>
          <span className="block text-lg font-bold leading-tight">Bounce Lens</span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            Why did my email bounce — and what now?
          </span>
        </span>
      </a>
      <div className="flex items-center gap-3">
        <span className="hidden items-center gap-1 text-xs text-emerald-800 sm:flex dark:text-emerald-300">
          <Icon name="lock" className="h-3.5 w-3.5" /> Runs in your browser: nothing you paste is sent
          anywhere
        </span>
        <button
          type="button"
          className="btn-ghost px-3"
          onClick={onShortcuts}
          aria-keyshortcuts="?"
          aria-label="Keyboard shortcuts"
        >
          <kbd className="kbd">?</kbd>
          <span className="hidden sm:inline">Shortcuts</span>
        </button>
      </div>
    </header>
  );
}
