// Turning what the user opened, dropped or pasted into input items for the engine. Files are
// read as bytes so that every charset survives; Outlook .msg files are converted first.

import { MAX_INPUT_BYTES } from '../../../core/limits';

export interface InputItem {
  id: number;
  /** The file name, "Pasted text" or the example's title. */
  name: string;
  origin: 'paste' | 'file' | 'example';
  input: string | Uint8Array;
  size: number;
}

/** A file that could not even be handed to the engine, with the reason. */
export interface Refused {
  name: string;
  message: string;
}

let counter = 0;
export const nextId = () => ++counter;

export const MB = 1024 * 1024;

export function describeSize(bytes: number): string {
  return bytes >= MB
    ? `${(bytes / MB).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;
}

const isMsg = (file: File) => /\.msg$/i.test(file.name) || file.type === 'application/vnd.ms-outlook';

export async function readFiles(files: File[]): Promise<{ items: InputItem[]; refused: Refused[] }> {
  const items: InputItem[] = [];
  const refused: Refused[] = [];
  for (const file of files) {
    if (file.size > MAX_INPUT_BYTES) {
      refused.push({
        name: file.name,
        message: `${file.name} is ${describeSize(file.size)}; the largest file that can be analysed is 50 MB.`,
      });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isMsg(file)) {
        const { msgToText } = await import('./msg');
        const text = msgToText(bytes);
        items.push({ id: nextId(), name: file.name, origin: 'file', input: text, size: file.size });
      } else {
        items.push({ id: nextId(), name: file.name, origin: 'file', input: bytes, size: file.size });
      }
    } catch (error) {
      refused.push({
        name: file.name,
        message: `${file.name} could not be read: ${(error as Error).message}`,
      });
    }
  }
  return { items, refused };
}
