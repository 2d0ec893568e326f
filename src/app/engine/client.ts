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
interface Job {
  request: WorkerRequest;
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  onProgress?: (f: number) => void;
}
const pending = new Map<number, Job>();

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
    const request: WorkerRequest = { id, input };
    pending.set(id, { request, resolve, reject, onProgress });
    ensureWorker().postMessage(request);
  });
  const cancel = () => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    job.reject(new CancelledError());
    // Ending the worker ends the other jobs on it too (a new analysis can start while an old
    // one is being cancelled): they go to a fresh worker, so only this one is lost.
    worker?.terminate();
    worker = null;
    for (const other of pending.values()) ensureWorker().postMessage(other.request);
  };
  return { promise, cancel };
};

/** Runs the engine on the page itself: for tests in environments without workers. */
export function analyzeHere(run: (input: AnalyzeInput) => Promise<Analysis>): Analyzer {
  return (input) => ({ promise: run(input), cancel: () => {} });
}
