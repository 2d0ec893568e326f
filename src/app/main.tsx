// A plain page on the engine: paste a bounce, see the report. The full app comes next.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import '../index.css';

function App() {
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  return (
    <main className="mx-auto max-w-3xl p-4 font-sans">
      <h1 className="text-2xl font-semibold">Bounce Lens</h1>
      <label className="mt-4 block" htmlFor="bounce">
        Bounce message
      </label>
      <textarea
        id="bounce"
        className="mt-1 h-64 w-full rounded border p-2 font-mono text-sm"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="button" className="mt-2 rounded bg-blue-700 px-4 py-2 text-white" onClick={async () => setAnalysis(await analyze(text))}>
        Analyze
      </button>
      {analysis && <pre className="mt-4 overflow-auto rounded bg-gray-100 p-2 text-xs">{JSON.stringify(analysis, null, 2)}</pre>}
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
