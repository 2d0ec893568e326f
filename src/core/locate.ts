// Where each value of a result sits in displayText, so a UI can highlight it without parsing
// again. A value is looked for first where the reader found this recipient's report (its
// block and diagnostic), then anywhere in the report zone; values the engine inferred are
// not in the text and get no span.

import type { Doc, Range } from './doc';
import type { Span, SpanKind } from './types';

const lowerCache = new WeakMap<Doc, string>();

function lowerText(doc: Doc): string {
  let lower = lowerCache.get(doc);
  if (lower === undefined) {
    // Lower-casing keeps UTF-16 offsets for the text we search (addresses, host names, codes).
    lower = doc.text.toLowerCase();
    if (lower.length !== doc.text.length) lower = doc.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    lowerCache.set(doc, lower);
  }
  return lower;
}

type Boundary = 'code' | 'word';

const NEARBY = 16 * 1024;

function isBoundary(text: string, index: number, length: number, kind: Boundary): boolean {
  const before = text[index - 1] ?? ' ';
  const after = text[index + length] ?? ' ';
  if (kind === 'code')
    return (
      !/[\w.]/.test(before) &&
      !/\w/.test(after) &&
      !/^\.\d/.test(text.slice(index + length, index + length + 2))
    );
  return !/[\w.@-]/.test(before) && !/[\w@-]/.test(after.replace('.', ' '));
}

/** First occurrence of `needle` (lower-case) in [range.start, range.end) at a boundary. */
function findIn(doc: Doc, needle: string, range: Range, kind: Boundary): number {
  const text = lowerText(doc);
  let i = text.indexOf(needle, range.start);
  while (i >= 0 && i + needle.length <= range.end) {
    if (isBoundary(text, i, needle.length, kind)) return i;
    i = text.indexOf(needle, i + 1);
  }
  return -1;
}

export interface Locatable {
  recipient: string | null;
  replyCode: string | null;
  status: string;
  statusInferred: boolean;
  remoteHost: string | null;
  remoteIp: string | null;
  diagnosticRange?: Range;
  blocks: Range[];
}

export function locateSpans(doc: Doc, r: Locatable): Span[] {
  const spans: Span[] = [];
  // Look for a value near this recipient's own text, not across a whole report of thousands
  // of recipients: that would make locating quadratic in the report's size.
  const anchor = r.blocks[0] ?? r.diagnosticRange;
  const zone: Range = anchor
    ? { start: Math.max(doc.start, anchor.start - NEARBY), end: Math.min(doc.reportEnd, anchor.end + NEARBY) }
    : { start: doc.start, end: doc.reportEnd };
  const near: Range[] = [...(r.diagnosticRange ? [r.diagnosticRange] : []), ...r.blocks, zone];
  const add = (kind: SpanKind, value: string | null, where: Range[], boundary: Boundary) => {
    if (!value) return;
    const needle = value.toLowerCase();
    for (const range of where) {
      const at = findIn(doc, needle, range, boundary);
      if (at >= 0) {
        spans.push({ kind, start: at, end: at + needle.length });
        return;
      }
    }
  };
  if (r.diagnosticRange && r.diagnosticRange.end > r.diagnosticRange.start) {
    spans.push({ kind: 'diagnostic', start: r.diagnosticRange.start, end: r.diagnosticRange.end });
  }
  add('reply', r.replyCode, near, 'code');
  if (!r.statusInferred) add('status', r.status, near, 'code');
  const serverBefore = spans.length;
  add('server', r.remoteHost, [...r.blocks, ...(r.diagnosticRange ? [r.diagnosticRange] : []), zone], 'word');
  if (spans.length === serverBefore) add('server', r.remoteIp, near, 'code');
  add('recipient', r.recipient, [...r.blocks, zone], 'word');
  return spans;
}
