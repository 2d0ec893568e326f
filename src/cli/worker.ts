// A worker thread of the CLI: analyses the files it is sent and returns their output lines.

import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import { ndjsonLine, summaryText } from './format';

const ndjson = (workerData as { ndjson: boolean }).ndjson;

parentPort?.on('message', async (job: { index: number; path: string }) => {
  const outcome = await analyzeFile(job.path);
  parentPort?.postMessage({ index: job.index, text: ndjson ? ndjsonLine(outcome) : summaryText(outcome), failed: Boolean(outcome.error) });
});
