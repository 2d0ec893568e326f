// @vitest-environment jsdom
// The App's `analyzer` prop runs the engine somewhere other than the Web Worker (on the page,
// for environments without workers). A stand-in Worker class records whether the page still
// starts or uses the real worker.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../core/analyze';
import { App } from '../App';
import { AnnounceProvider } from '../lib/announce';
import { analyzeHere } from './client';

const workers = { started: 0, jobs: 0 };

class RecordingWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  constructor() {
    workers.started++;
  }
  postMessage() {
    workers.jobs++;
  }
  terminate() {}
}

beforeAll(() => vi.stubGlobal('Worker', RecordingWorker));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  workers.jobs = 0;
});

function renderApp() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AnnounceProvider>
        <App analyzer={analyzeHere(analyze)} />
      </AnnounceProvider>
    </QueryClientProvider>,
  );
}

describe('App with an analyzer of its own', () => {
  // BUG: App.tsx warms up the real worker (warmUp() → new Worker) on the first pointerdown,
  // keydown or focus, and on a file drag, whatever `analyzer` it was given. Where there is no
  // Worker — the case the prop exists for — the first focus throws "ReferenceError: Worker is
  // not defined" from an event listener; elsewhere an unused worker is loaded.
  // Runs first in this file: the worker, once started, is kept for the module's lifetime.
  it('never starts the Web Worker when the user focuses, clicks or types', () => {
    renderApp();
    const box = screen.getByRole('textbox', { name: 'Bounce message' });
    box.focus();
    fireEvent.pointerDown(box);
    fireEvent.keyDown(box, { key: 'a' });
    expect(workers.started).toBe(0);
  });

  it('runs the analysis through the analyzer, not the worker', async () => {
    renderApp();
    const box = screen.getByRole('textbox', { name: 'Bounce message' });
    fireEvent.change(box, { target: { value: '552 5.2.2 <full@example.net>: Mailbox full' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    const region = await screen.findByRole('region', { name: 'Diagnosis' });
    expect(within(region).getByTestId('verdict')).toHaveTextContent(/full@example\.net was not delivered/);
    expect(workers.jobs).toBe(0);
  });
});
