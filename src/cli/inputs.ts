// Turning command-line arguments into the list of inputs to read: files as named, directories
// walked (sorted, so output order is stable), and "-" for standard input.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface InputItem {
  /** What the user named, or the path found while walking a directory; "-" for stdin. */
  path: string;
  /** Set when the path could not be listed or does not exist. */
  error?: string;
}

export function expandInputs(args: string[]): InputItem[] {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ path: '-' });
      continue;
    }
    try {
      const info = statSync(arg);
      if (info.isDirectory()) walk(arg, items);
      else items.push({ path: arg });
    } catch (error) {
      items.push({ path: arg, error: describeError(error) });
    }
  }
  return items;
}

function walk(dir: string, items: InputItem[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    items.push({ path: dir, error: describeError(error) });
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    try {
      const info = statSync(path);
      if (info.isDirectory()) walk(path, items);
      else if (info.isFile() && !/\.jsonl?$/i.test(name)) items.push({ path });
    } catch (error) {
      items.push({ path, error: describeError(error) });
    }
  }
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return String((error as Error)?.message ?? error);
}
