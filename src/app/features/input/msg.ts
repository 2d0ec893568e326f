// Outlook .msg files (an OLE compound document) → the text of the message, for the engine.
// Loaded only when a .msg arrives: the reader and its Node polyfills are large.
// When the .msg keeps the transport headers, the result is a raw message (headers, a blank
// line, the body); otherwise it is what a person would paste: subject, sender, body.

import MsgReaderImport from '@kenjiuno/msgreader';
import { Buffer } from 'buffer';

// iconv-lite (inside msgreader) expects Node's Buffer for legacy code pages.
(globalThis as unknown as { Buffer?: typeof Buffer }).Buffer ??= Buffer;

// msgreader is CommonJS with an `exports.default`; bundlers hand back the module object.
const MsgReader =
  (MsgReaderImport as unknown as { default?: typeof MsgReaderImport }).default ?? MsgReaderImport;

interface MsgFields {
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  headers?: string;
  body?: string;
  error?: string;
}

export function msgToText(bytes: Uint8Array): string {
  const reader = new MsgReader(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const data = reader.getFileData() as MsgFields;
  if (data.error) throw new Error(`this is not a readable Outlook message (${data.error})`);
  const body = (data.body ?? '').replace(/\r\n?/g, '\n');
  const headers = (data.headers ?? '').replace(/\r\n?/g, '\n').trim();
  if (headers && /^[A-Za-z-]+:/m.test(headers)) {
    // The transport headers describe the original MIME message; its body is now plain text.
    const kept = headers
      .split(/\n(?=\S)/)
      .filter((field) => !/^content-(?:type|transfer-encoding):/i.test(field))
      .join('\n');
    return `${kept}\nContent-Type: text/plain; charset=utf-8\n\n${body}`;
  }
  const from = data.senderEmail
    ? `${data.senderName ?? ''} <${data.senderEmail}>`.trim()
    : (data.senderName ?? '');
  return [data.subject ?? '', from ? `From: ${from}` : '', '', body].join('\n');
}
