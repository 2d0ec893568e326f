// Splitting displayText into segments for highlighting: each segment knows which token (reply,
// status, server, recipient) covers it and whether it lies in the server's own words. Offsets
// come from the engine; nothing is parsed again here.

import type { Span, SpanKind } from '../../../core/types';

export type MarkKind = Exclude<SpanKind, 'diagnostic'>;

export interface Segment {
  start: number;
  end: number;
  mark: MarkKind | null;
  inDiagnostic: boolean;
}

export function segmentsOf(length: number, spans: Span[], from = 0, to = length): Segment[] {
  const cuts = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const mark = covering.find((s) => s.kind !== 'diagnostic')?.kind ?? null;
    segments.push({
      start,
      end,
      mark: mark as MarkKind | null,
      inDiagnostic: covering.some((s) => s.kind === 'diagnostic'),
    });
  }
  return segments;
}

/** A window of the text around the spans, for texts too long to show whole at once. */
export function windowOf(
  length: number,
  spans: Span[],
  limit: number,
  margin: number,
): { from: number; to: number } {
  if (length <= limit || spans.length === 0) return { from: 0, to: Math.min(length, limit) };
  const first = Math.min(length, ...spans.map((s) => s.start));
  const last = Math.min(length, Math.max(...spans.map((s) => s.end)));
  const from = Math.max(0, first - margin);
  return { from, to: Math.max(from, Math.min(length, Math.max(last + margin, first + margin))) };
}
