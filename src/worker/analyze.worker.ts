// The Web Worker that runs the engine, so a large bounce never freezes the page. It is a thin
// shell: requests in, plain reports out. Cancelling is done by the page terminating the worker.

import { analyze } from '../core/analyze';
import type { WorkerRequest, WorkerResponse } from './protocol';

const reply = (message: WorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, input } = event.data;
  const analysis = await analyze(input, {
    onProgress: (fraction) => reply({ type: 'progress', id, fraction }),
  });
  reply({ type: 'done', id, analysis });
};
