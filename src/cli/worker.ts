// A worker thread of the CLI: analyses the batches of files it is sent and returns their
// output lines. Batches keep the message traffic small next to the work.

import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import { ndjsonLine, summaryText } from './format';

const ndjson = (workerData as { ndjson: boolean }).ndjson;

export interface Batch {
  jobs: { index: number; path: string }[];
}
export interface BatchDone {
  done: { index: number; text: string; failed: boolean }[];
}

parentPort?.on('message', async (batch: Batch) => {
  const done: BatchDone['done'] = [];
  for (const job of batch.jobs) {
    const outcome = await analyzeFile(job.path);
    done.push({
      index: job.index,
      text: ndjson ? ndjsonLine(outcome) : summaryText(outcome),
      failed: Boolean(outcome.error),
    });
  }
  parentPort?.postMessage({ done } satisfies BatchDone);
});
