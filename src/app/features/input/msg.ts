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

/** Internet code pages → the Windows ANSI code page of the same script. */
const WINDOWS_CODEPAGE: Record<number, number> = {
  50220: 932, // ISO-2022-JP
  50221: 932,
  50222: 932,
  51932: 932, // EUC-JP
  50225: 949, // ISO-2022-KR
  51949: 949, // EUC-KR
  52936: 936, // HZ-GB2312
  54936: 936, // GB18030
  20866: 1251, // KOI8-R
  21866: 1251, // KOI8-U
  28592: 1250, // ISO-8859-2
  28595: 1251, // ISO-8859-5
  28597: 1253, // ISO-8859-7
  28599: 1254, // ISO-8859-9
};

interface MsgFields {
  messageCodepage?: number;
  internetCodepage?: number;
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  headers?: string;
  body?: string;
  error?: string;
}

function read(buffer: ArrayBuffer, codepage?: number): MsgFields {
  const reader = new MsgReader(buffer);
  if (codepage) reader.parserConfig = { ansiEncoding: String(codepage) };
  return reader.getFileData() as MsgFields;
}

export function msgToText(bytes: Uint8Array): string {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let data = read(buffer);
  // Older (non-Unicode) .msg files store text in the code page of the Windows that wrote them
  // (932 for Japanese). The message names its code page, or only its internet code page
  // (50220, ISO-2022-JP), which tells the Windows one; the text is then read again with it.
  const codepage =
    data.messageCodepage ?? WINDOWS_CODEPAGE[data.internetCodepage ?? 0] ?? data.internetCodepage;
  if (!data.error && codepage && ![1200, 1252, 20127, 28591, 65001].includes(codepage)) {
    try {
      data = read(buffer, codepage);
    } catch {
      // A code page the reader does not know: keep the first reading.
    }
  }
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
