// Messages between the page and the analysis worker: plain data only.
import type { Analysis } from '../core/types';

export interface WorkerRequest {
  id: number;
  input: string | Uint8Array;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; analysis: Analysis };
