// A raw message (an .eml, or one message of an mbox) → a Doc. The guard (prune) reduces it to
// what the verdict needs, postal-mime decodes transfer encodings and charsets, and the
// readable text, the delivery report(s) and the returned headers become displayText.

import PostalMime from 'postal-mime';
import { type Doc, findOriginalStart, makeDoc, type Range } from '../doc';
import { splitLines } from '../text/lines';
import type { Problem } from '../types';
import { decodeTextBytes, latin1ToBytes } from './decode';
import { decodedHeader, type HeaderMap, readHeaderBlock } from './headers';
import { htmlToText } from './html';
import { type KeptPart, type PruneNote, pruneMessage } from './prune';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding';

export interface ReadMessage {
  doc: Doc;
  problems: Problem[];
  /** Whole messages attached to this one (for a bounce forwarded as an attachment). */
  attached: string[];
  /** The MIME type of the top-level entity and its report-type, for recognising report kinds. */
  contentType: string;
}

const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/feedback-report',
  'message/disposition-notification',
  'message/global-disposition-notification',
]);
const HEADER_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/global-headers',
]);

const NOTE_MESSAGES: Record<PruneNote, Problem> = {
  'headers-truncated': {
    code: 'headers-truncated',
    message: 'The message has an unusually large header; only its first 64 KB were read.',
  },
  'parts-limit': {
    code: 'parts-limit',
    message: 'The message has too many MIME parts; only the first 300 were read.',
  },
  'nesting-limit': {
    code: 'nesting-limit',
    message: 'The message nests MIME parts unusually deep; the deepest ones were skipped.',
  },
  'text-truncated': {
    code: 'text-truncated',
    message: 'A part of the message is very long; only its first megabyte is shown and analysed.',
  },
};

type Piece = { kind: 'text' | 'report' | 'original'; content: string };

/**
 * The kept parts, decoded here; null when some part needs more than a transfer decoding and a
 * charset the platform knows (HTML to be turned into text, say): postal-mime does those.
 */
function readPlainParts(raw: string, isBytes: boolean, parts: KeptPart[]): Piece[] | null {
  const pieces: Piece[] = [];
  // Where a plain-text version exists, an HTML one says the same (multipart/alternative).
  const hasPlain = parts.some((p) => p.kind === 'text' && p.type === 'text/plain');
  for (const part of parts) {
    if (part.kind === 'text' && part.type !== 'text/plain') {
      if (hasPlain) continue;
      return null;
    }
    const body = raw.slice(part.start, part.end);
    const encoded = part.encoding === 'base64' || part.encoding === 'quoted-printable';
    if (!encoded && !PLAIN_ENCODINGS.has(part.encoding)) return null;
    // ESC starts ISO-2022-JP shifts, which are 7-bit but still need their charset decoder.
    if (!encoded && (!isBytes || !needsCharset(body))) {
      pieces.push({ kind: part.kind, content: body });
      continue;
    }
    if (encoded && !isBytes && needsCharset(body)) return null; // a pasted raw source with decoded text
    const bytes =
      part.encoding === 'base64'
        ? decodeBase64(body)
        : part.encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : latin1ToBytes(body);
    const content = decodeCharset(bytes, part.charset);
    if (content === null) return null;
    pieces.push({ kind: part.kind, content });
  }
  return pieces;
}

/** Bytes in a declared charset; text without one is read as UTF-8, else Windows-1252. */
function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  if (!charset) return decodeTextBytes(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null; // a charset label only postal-mime's alias table knows
  }
}

async function decodeWithPostalMime(isBytes: boolean, pruned: string, problems: Problem[]): Promise<Piece[]> {
  const pieces: Piece[] = [];
  try {
    const email = await PostalMime.parse(isBytes ? latin1ToBytes(pruned) : pruned, {
      attachmentEncoding: 'utf8',
      forceRfc822Attachments: true,
      maxNestingDepth: 64,
      maxHeadersSize: 1024 * 1024,
    });
    // postal-mime renders no text for a message that is HTML only.
    const text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
    if (text.trim()) pieces.push({ kind: 'text', content: text });
    for (const part of email.attachments) {
      const type = part.mimeType.toLowerCase();
      const content = typeof part.content === 'string' ? part.content : '';
      if (REPORT_TYPES.has(type) && content.trim()) pieces.push({ kind: 'report', content });
    }
    for (const part of email.attachments) {
      const type = part.mimeType.toLowerCase();
      const content = typeof part.content === 'string' ? part.content : '';
      if (HEADER_TYPES.has(type) && content.trim()) pieces.push({ kind: 'original', content });
    }
  } catch (error) {
    problems.push({
      code: 'mime-error',
      message: `The message's MIME structure could not be decoded (${String((error as Error)?.message ?? error)}); its raw text is shown instead.`,
    });
  }
  return pieces;
}

const PLAIN_ENCODINGS = new Set(['', '7bit', '8bit', 'binary']);

/** True when bytes above 0x7F, or the ESC of ISO-2022-JP shifts, need a charset decoder. */
function needsCharset(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c > 0x7f || c === 0x1b) return true;
  }
  return false;
}

/**
 * `raw` is the message as a string: one char per byte when it came from a file (`isBytes`), or
 * the text a person pasted.
 */
export async function readMessage(raw: string, isBytes: boolean, markers: RegExp[]): Promise<ReadMessage> {
  const problems: Problem[] = [];
  const pruned = pruneMessage(raw);
  for (const note of pruned.notes) problems.push(NOTE_MESSAGES[note]);
  const top = pruned.top;
  const attached = pruned.attachedMessages.map((r) => raw.slice(r.start, r.end));

  // Bounces are text: their parts need at most a transfer decoding and a charset, done here
  // (postal-mime's own decoders pass every part through Blobs, which costs several times the
  // rest of the analysis). Parts that need more, such as HTML to be turned into text, go to
  // postal-mime.
  const pieces =
    readPlainParts(raw, isBytes, pruned.parts) ??
    (await decodeWithPostalMime(isBytes, pruned.text, problems));
  let originalHeaders: HeaderMap | null = null;
  for (const piece of pieces) {
    if (piece.kind === 'original' && !originalHeaders)
      originalHeaders = readHeaderBlock(piece.content, 0, 64 * 1024).headers;
  }
  if (!pieces.some((p) => p.kind !== 'original')) {
    // Nothing readable came out: no MIME structure after all (a multipart whose boundaries are
    // missing) or a parse failure. The raw body is then the best text there is.
    const body = raw.slice(top.bodyStart, top.bodyStart + 1024 * 1024);
    pieces.unshift({ kind: 'text', content: isBytes ? decodeTextBytes(latin1ToBytes(body)) : body });
  }

  // A text part that carries the returned original inline (after a marker line) is split
  // there, so that delivery reports coming later in the MIME structure stay in the report zone.
  const split: Piece[] = [];
  for (const piece of pieces) {
    const content = (
      piece.content.includes('\r') ? piece.content.replace(/\r\n?/g, '\n') : piece.content
    ).trimEnd();
    const at =
      piece.kind === 'text'
        ? findOriginalStart(splitLines(content), markers, content.length)
        : content.length;
    if (at < content.length)
      split.push(
        { kind: 'text', content: content.slice(0, at).trimEnd() },
        { kind: 'original', content: content.slice(at) },
      );
    else split.push({ kind: piece.kind, content });
  }

  // Assemble displayText: readable text first, then the delivery reports, then the returned
  // message (its headers, or the inline copy), one blank line between them.
  const rank = { text: 0, report: 1, original: 2 };
  split.sort((a, b) => rank[a.kind] - rank[b.kind]);
  let text = '';
  const reportParts: Range[] = [];
  let reportEnd = -1;
  for (const piece of split) {
    if (!piece.content.trim()) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += piece.content;
    if (piece.kind === 'report') reportParts.push({ start, end: text.length });
    if (piece.kind === 'original' && reportEnd < 0) reportEnd = start;
  }
  text += '\n';
  if (reportEnd < 0) reportEnd = text.length;
  if (!originalHeaders && reportEnd < text.length) {
    originalHeaders = readHeaderBlock(text, skipMarker(text, reportEnd), 64 * 1024).headers;
  }

  const doc = makeDoc({
    text,
    start: 0,
    reportEnd,
    reportParts,
    headers: top.headers,
    subject: decodedHeader(top.headers, 'subject'),
    from: decodedHeader(top.headers, 'from'),
    pasted: false,
    original: originalHeaders?.size ? originalHeaders : null,
  });
  const contentType = (top.headers.get('content-type')?.[0] ?? 'text/plain').toLowerCase();
  return { doc, problems, attached, contentType };
}

function skipMarker(text: string, at: number): number {
  const eol = text.indexOf('\n', at);
  const line = text.slice(at, eol < 0 ? text.length : eol);
  return /^[!-9;-~]+:\s/.test(line) && !/^Content-Type:/i.test(line) ? at : eol < 0 ? text.length : eol + 1;
}
