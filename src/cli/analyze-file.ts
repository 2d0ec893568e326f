// Reading one input and analysing it; shared by the main thread and the worker threads.

import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import type { FileOutcome } from './format';
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
