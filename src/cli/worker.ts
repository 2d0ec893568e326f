// A worker thread of the CLI: analyses the batches of files it is sent and returns their
// output lines. Batches keep the message traffic small next to the work.

import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBatch, type Batch } from './analyze-file';

const ndjson = (workerData as { ndjson: boolean }).ndjson;

parentPort?.on('message', async (batch: Batch) => {
  parentPort?.postMessage(await analyzeBatch(batch, ndjson));
});
