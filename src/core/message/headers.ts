// Reading a block of RFC 5322 header fields: our own small reader, so the engine can look at
// a message's headers (and decide how much of it postal-mime needs) without parsing it all.

import { decodeWords } from 'postal-mime';

/** Lower-cased field name → the unfolded values, in order. */
export type HeaderMap = Map<string, string[]>;

export interface HeaderBlock {
  headers: HeaderMap;
  /** Offset of the body: just past the blank line that ends the header block (or the end). */
  bodyStart: number;
  /** True when the block was longer than the limit and the rest was skipped. */
  truncated: boolean;
}

const FIELD = /^([!-9;-~]+)[ \t]*:(.*)$/;
const FIELD_NAME = /^[!-9;-~]+$/;

/**
 * Reads header fields from `from` up to the first empty line. Reads at most `limit`
 * characters of fields; the rest of an oversized block is skipped, never scanned twice.
 */
export function readHeaderBlock(text: string, from = 0, limit = 256 * 1024, to = text.length): HeaderBlock {
  const headers: HeaderMap = new Map();
  let name = '';
  let value = '';
  let folded = false;
  let pos = from;
  let truncated = false;
  const flush = () => {
    if (!name) return;
    const v =
      folded || value.includes('\t') || value.includes('  ')
        ? value.replace(/\s+/g, ' ').trim()
        : value.trim();
    const list = headers.get(name);
    if (list) list.push(v);
    else headers.set(name, [v]);
    name = '';
  };
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > to) eol = to;
    const next = eol + 1;
    const end = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    if (end === pos) {
      pos = next;
      break;
    }
    const first = text.charCodeAt(pos);
    if (pos - from > limit) {
      truncated = true;
    } else if (first === 32 || first === 9) {
      if (name) {
        value += ` ${text.slice(pos, end)}`;
        folded = true;
      }
    } else {
      flush();
      const colon = text.indexOf(':', pos);
      if (colon > pos && colon < end) {
        const field = text.slice(pos, colon).trimEnd();
        if (FIELD_NAME.test(field)) {
          name = field.toLowerCase();
          value = text.slice(colon + 1, end);
          folded = false;
        }
      }
    }
    pos = next;
  }
  flush();
  return { headers, bodyStart: Math.min(pos, to), truncated };
}

/** The first value of a field, or '' when it is absent. */
export function header(headers: HeaderMap, name: string): string {
  return headers.get(name)?.[0] ?? '';
}

/** A field's first value with RFC 2047 encoded words decoded. */
export function decodedHeader(headers: HeaderMap, name: string): string {
  const raw = header(headers, name);
  if (!raw.includes('=?')) return raw;
  try {
    return decodeWords(raw);
  } catch {
    return raw;
  }
}

// Fields that mail servers write and that a mail client does not show when a person copies a
// message: their presence tells a raw message from a pasted one that merely starts "From: ...".
const MACHINE_FIELDS = new Set([
  'received',
  'return-path',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'dkim-signature',
  'delivered-to',
  'authentication-results',
  'arc-seal',
  'auto-submitted',
  'precedence',
  'list-id',
  'errors-to',
  'envelope-to',
  'in-reply-to',
  'references',
  'x-failed-recipients',
]);

/**
 * True when `text` starts (at `from`) with a real header block: only header fields up to the
 * first empty line, at least two of them, and at least one a mail server would write.
 */
export function startsWithHeaderBlock(text: string, from = 0): boolean {
  let pos = from;
  let fields = 0;
  let machine = 0;
  for (let n = 0; n < 400 && pos < text.length; n++) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let line = text.slice(pos, eol);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = eol + 1;
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\t') {
      if (fields === 0) return false;
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) return false;
    fields++;
    const fieldName = m[1].toLowerCase();
    if (MACHINE_FIELDS.has(fieldName) || fieldName.startsWith('x-')) machine++;
  }
  return fields >= 2 && machine >= 1;
}
