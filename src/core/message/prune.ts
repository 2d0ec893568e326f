// The guard in front of postal-mime. It walks the MIME structure of a raw message without
// decoding anything and keeps only what a verdict can use: the readable text, the delivery
// reports and the header block of the returned message. Attachments and the body of the
// returned original are dropped, oversized header blocks and text parts are cut, and part
// count and nesting are bounded, so postal-mime's cost stays small and linear whatever arrives.

import { parseContentType } from './content-type';
import { type HeaderBlock, readHeaderBlock } from './headers';

export const LIMITS = {
  /** Header block of any one entity, in characters. */
  headerBlock: 64 * 1024,
  /** A readable text part (the verdict never needs more). */
  textPart: 1024 * 1024,
  /** A delivery-status, feedback or returned-headers part. */
  reportPart: 512 * 1024,
  parts: 300,
  depth: 12,
};

export type PruneNote = 'headers-truncated' | 'parts-limit' | 'nesting-limit' | 'text-truncated';

/** A part kept for the verdict, with where its body sits in the source. */
export interface KeptPart {
  kind: 'text' | 'report' | 'original';
  /** MIME type, lower-cased. */
  type: string;
  charset: string;
  /** Content-Transfer-Encoding, lower-cased ('' when absent). */
  encoding: string;
  /** Body range in the source string (for 'original': just its header block). */
  start: number;
  end: number;
}

export interface Pruned {
  /** The reduced message, in the same representation as the input string. */
  text: string;
  /** The message's own header block, as read on the way. */
  top: HeaderBlock;
  /** The parts kept, in order, for a caller that can decode them itself. */
  parts: KeptPart[];
  /** Ranges of whole messages attached as message/rfc822, for forwarded bounces. */
  attachedMessages: { start: number; end: number }[];
  notes: Set<PruneNote>;
}

const KEEP_AS_REPORT = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/feedback-report',
  'message/disposition-notification',
  'message/global-disposition-notification',
  'text/rfc822-headers',
  'message/global-headers',
]);

const EMBEDDED_MESSAGE = new Set(['message/rfc822', 'message/global', 'message/partial']);

interface Walk {
  src: string;
  top?: HeaderBlock;
  out: string[];
  kept: KeptPart[];
  parts: number;
  attached: { start: number; end: number }[];
  notes: Set<PruneNote>;
}

export function pruneMessage(src: string): Pruned {
  const walk: Walk = { src, out: [], kept: [], parts: 0, attached: [], notes: new Set() };
  pruneEntity(walk, 0, src.length, 0);
  const top = walk.top ?? readHeaderBlock(src, 0, LIMITS.headerBlock);
  return {
    text: walk.out.join(''),
    top,
    parts: walk.kept,
    attachedMessages: walk.attached,
    notes: walk.notes,
  };
}

/** Cuts text[start, end) to at most `max` characters, at a line boundary. */
function capped(walk: Walk, start: number, end: number, max: number): string {
  if (end - start <= max) return walk.src.slice(start, end);
  walk.notes.add('text-truncated');
  const cut = walk.src.lastIndexOf('\n', start + max);
  return `${walk.src.slice(start, cut > start ? cut + 1 : start + max)}\n`;
}

function headerText(walk: Walk, start: number, bodyStart: number, truncated: boolean): string {
  if (!truncated) return walk.src.slice(start, bodyStart);
  walk.notes.add('headers-truncated');
  const cut = walk.src.lastIndexOf('\n', start + LIMITS.headerBlock);
  return `${walk.src.slice(start, cut + 1)}\n`;
}

function pruneEntity(walk: Walk, start: number, end: number, depth: number): void {
  const block = readHeaderBlock(walk.src, start, LIMITS.headerBlock, end);
  walk.top ??= block;
  walk.out.push(headerText(walk, start, block.bodyStart, block.truncated));
  if (!block.headers.size && block.bodyStart >= end) return;
  const ct = parseContentType(block.headers.get('content-type')?.[0] ?? '');
  const body = block.bodyStart;

  if (ct.type.startsWith('multipart/') && ct.params.boundary) {
    if (depth >= LIMITS.depth) {
      walk.notes.add('nesting-limit');
      return;
    }
    pruneMultipart(walk, body, end, ct.params.boundary, depth);
    return;
  }
  if (EMBEDDED_MESSAGE.has(ct.type)) {
    const encoding = (block.headers.get('content-transfer-encoding')?.[0] ?? '').toLowerCase();
    if (encoding === 'base64' || encoding === 'quoted-printable') return; // unusual; not worth decoding
    walk.attached.push({ start: body, end });
    // Keep only the returned message's header block: its Subject, To and Message-ID.
    const inner = readHeaderBlock(walk.src, body, LIMITS.headerBlock, end);
    const innerHeader = headerText(walk, body, inner.bodyStart, inner.truncated);
    walk.out.push(innerHeader, '\n');
    keep(walk, 'original', ct.type, '', '', body, body + innerHeader.length);
    return;
  }
  const encoding = (block.headers.get('content-transfer-encoding')?.[0] ?? '').trim().toLowerCase();
  const charset = (ct.params.charset ?? '').trim().toLowerCase();
  if (KEEP_AS_REPORT.has(ct.type)) {
    const content = capped(walk, body, end, LIMITS.reportPart);
    walk.out.push(content);
    keep(
      walk,
      ct.type.includes('headers') ? 'original' : 'report',
      ct.type,
      charset,
      encoding,
      body,
      body + content.length,
    );
    return;
  }
  const disposition = (block.headers.get('content-disposition')?.[0] ?? '').toLowerCase();
  if (ct.type.startsWith('text/') && !disposition.startsWith('attachment')) {
    const content = capped(walk, body, end, LIMITS.textPart);
    walk.out.push(content);
    keep(walk, 'text', ct.type, charset, encoding, body, body + content.length);
  }
  // Anything else (images, documents, archives) says nothing about why mail bounced.
}

function keep(
  walk: Walk,
  kind: KeptPart['kind'],
  type: string,
  charset: string,
  encoding: string,
  start: number,
  end: number,
): void {
  // A capped body ends early; never point past the source.
  walk.kept.push({ kind, type, charset, encoding, start, end: Math.min(end, walk.src.length) });
}

function pruneMultipart(
  walk: Walk,
  bodyStart: number,
  end: number,
  boundary: string,
  depth: number,
  allowGuess = true,
): void {
  const delimiter = `--${boundary}`;
  const starts: number[] = [];
  let closing = -1;
  let pos = walk.src.indexOf(delimiter, bodyStart);
  while (pos >= 0 && pos < end) {
    const atLineStart =
      pos === bodyStart || walk.src.charCodeAt(pos - 1) === 10 || walk.src.charCodeAt(pos - 1) === 13;
    if (atLineStart) {
      const after = pos + delimiter.length;
      if (walk.src.startsWith('--', after)) {
        closing = pos;
        break;
      }
      const eol = walk.src.indexOf('\n', after);
      starts.push(eol < 0 ? end : eol + 1);
    }
    pos = walk.src.indexOf(delimiter, pos + delimiter.length);
  }
  if (starts.length === 0) {
    // The declared boundary occurs nowhere. Mail that was edited by hand (or anonymised)
    // sometimes declares one boundary and uses another: use the one the body really uses.
    const actual = allowGuess ? boundaryInBody(walk.src, bodyStart, end) : null;
    if (actual && actual !== boundary) {
      pruneMultipart(walk, bodyStart, end, actual, depth, false);
      return;
    }
    // A multipart without parts: keep its text, it may be all there is.
    const content = capped(walk, bodyStart, end, LIMITS.textPart);
    walk.out.push(content);
    keep(walk, 'text', 'text/plain', '', '', bodyStart, bodyStart + content.length);
    return;
  }
  const partEnd = (i: number): number => {
    const next = i + 1 < starts.length ? starts[i + 1] : closing >= 0 ? closing : end;
    // The part ends before the line break that precedes the next delimiter.
    const delimiterLine = i + 1 < starts.length ? walk.src.lastIndexOf(delimiter, next) : next;
    return Math.max(starts[i], delimiterLine);
  };
  walk.out.push('\n');
  for (let i = 0; i < starts.length; i++) {
    if (++walk.parts > LIMITS.parts) {
      walk.notes.add('parts-limit');
      break;
    }
    walk.out.push(delimiter, '\n');
    pruneEntity(walk, starts[i], partEnd(i), depth + 1);
    walk.out.push('\n');
  }
  walk.out.push(delimiter, '--\n');
}

/** A delimiter line ("--token") that the body uses at least twice, within its first lines. */
function boundaryInBody(src: string, start: number, end: number): string | null {
  const head = src.slice(start, Math.min(end, start + 4096));
  const m = /^--([^\s-][^\s]{0,69})\r?$/m.exec(head);
  if (!m) return null;
  const token = m[1].replace(/--$/, '');
  const again = src.indexOf(`\n--${token}`, start + (m.index ?? 0) + m[0].length);
  return again >= 0 && again < end ? token : null;
}
