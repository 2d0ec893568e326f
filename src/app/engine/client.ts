// The page's side of the analysis worker. One worker at a time; it starts on first use (or when
// warmed up early) and is replaced after a cancel, because terminating is the only way to stop
// an analysis that is busy inside one large message.

import type { Analysis, AnalyzeInput } from '../../core/types';
import type { WorkerRequest, WorkerResponse } from '../../worker/protocol';

export interface AnalyzeJob {
  promise: Promise<Analysis>;
  cancel: () => void;
}

export type Analyzer = (input: string | Uint8Array, onProgress?: (fraction: number) => void) => AnalyzeJob;

export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('The analysis was cancelled.');
  }
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (a: Analysis) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }
>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../worker/analyze.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bounce-lens-engine',
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') job.onProgress?.(message.fraction);
    else {
      pending.delete(message.id);
      job.resolve(message.analysis);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new Error('The analysis stopped unexpectedly. Please try again.');
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Starts the worker before it is needed, so the first analysis answers at once. */
export function warmUp(): void {
  ensureWorker();
}

export const analyzeInWorker: Analyzer = (input, onProgress) => {
  const id = nextId++;
  const promise = new Promise<Analysis>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    const request: WorkerRequest = { id, input };
    ensureWorker().postMessage(request);
  });
  const cancel = () => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    job.reject(new CancelledError());
    // Other jobs on the same worker are lost too; they are re-queued by their owners if needed.
    for (const other of pending.values()) other.reject(new CancelledError());
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return { promise, cancel };
};

/** Runs the engine on the page itself: for tests in environments without workers. */
export function analyzeHere(run: (input: AnalyzeInput) => Promise<Analysis>): Analyzer {
  return (input) => ({ promise: run(input), cancel: () => {} });
}
