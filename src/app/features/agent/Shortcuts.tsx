// The keyboard shortcuts, listed behind "?".
import { Dialog } from '../../components/Dialog';

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Ctrl/⌘', 'V'], what: 'Paste a bounce anywhere on the page and analyse it' },
  { keys: ['Ctrl/⌘', 'Enter'], what: 'Analyse the text in the box' },
  { keys: ['/'], what: 'Go to the text box' },
  { keys: ['O'], what: 'Open files' },
  { keys: ['E'], what: 'Go to the examples' },
  { keys: ['N'], what: 'New analysis (clears everything)' },
  { keys: ['C'], what: 'Copy the reply to the customer' },
  { keys: ['T'], what: 'Copy the ticket note' },
  { keys: ['S'], what: 'Make a share link' },
  { keys: ['J', 'K'], what: 'Next / previous recipient or file' },
  { keys: ['Esc'], what: 'Cancel a running analysis, close a dialog' },
  { keys: ['?'], what: 'Show these shortcuts' },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="space-y-2 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.what} className="flex items-center justify-between gap-4">
            <dt className="flex shrink-0 gap-1">
              {s.keys.map((k) => (
                <kbd key={k} className="kbd">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-slate-700 dark:text-slate-300">{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-slate-500">
        Single-letter shortcuts work when the cursor is not in the text box.
      </p>
    </Dialog>
  );
}
