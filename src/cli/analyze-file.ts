// Reading one input and analysing it; shared by the main thread and the worker threads.

import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { type FileOutcome, ndjsonLine, summaryText } from './format';
import { describeError } from './inputs';

export async function analyzeFile(path: string, stdin?: Uint8Array): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? (stdin ?? readFileSync(0)) : readFileSync(path);
  } catch (error) {
    return { file: path, error: describeError(error) };
  }
  return { file: path, analysis: await analyze(bytes) };
}

/** A share of the files for one thread: their indexes in the input order, and paths. */
export interface Batch {
  jobs: { index: number; path: string }[];
}
export interface BatchDone {
  done: { index: number; text: string; failed: boolean }[];
}

/** Analyses a batch and renders each file's output, NDJSON or summary. */
export async function analyzeBatch(batch: Batch, ndjson: boolean): Promise<BatchDone> {
  const done: BatchDone['done'] = [];
  for (const job of batch.jobs) {
    const outcome = await analyzeFile(job.path);
    done.push({
      index: job.index,
      text: ndjson ? ndjsonLine(outcome) : summaryText(outcome),
      failed: Boolean(outcome.error),
    });
  }
  return { done };
}
