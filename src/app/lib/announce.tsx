// One polite live region for the whole page: "Copied", "Analysis cancelled" … shown briefly as a
// toast and read out by screen readers.
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(''), 3000);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className={`pointer-events-none fixed inset-x-0 bottom-4 z-50 mx-auto w-fit rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg transition-opacity dark:bg-slate-100 dark:text-slate-900 ${message ? 'opacity-100' : 'opacity-0'}`}
      >
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}
