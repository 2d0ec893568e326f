// The highlighted bounce: the text is cut into segments, each marked with the token covering it
// (reply code, status, server, recipient) and whether it lies in the server's own words. Every
// character must appear exactly once, in order, with the right mark.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { Span, SpanKind } from '../../../core/types';
import { type Segment, segmentsOf, windowOf } from './segments';

const KINDS: SpanKind[] = ['reply', 'status', 'server', 'recipient', 'diagnostic'];

/** Segments tile [from, to): no gap, no overlap, no empty piece, in order. */
function expectTiling(segments: Segment[], from: number, to: number) {
  if (from >= to) {
    expect(segments).toEqual([]);
    return;
  }
  expect(segments.length).toBeGreaterThan(0);
  expect(segments[0].start).toBe(from);
  expect(segments[segments.length - 1].end).toBe(to);
  for (const [i, s] of segments.entries()) {
    expect(s.end).toBeGreaterThan(s.start);
    if (i > 0) expect(s.start).toBe(segments[i - 1].end);
  }
}

/** The mark of every character, as the page shows it ('-' for none). */
const marksOf = (segments: Segment[]) =>
  segments.flatMap((s) => Array.from({ length: s.end - s.start }, () => s.mark ?? '-'));

const covers = (s: Span, seg: Segment) => s.start <= seg.start && s.end >= seg.end;
const touches = (s: Span, seg: Segment) => s.start < seg.end && s.end > seg.start;

describe('segmentsOf on a real bounce', () => {
  it('keeps the whole text once, in order, and marks the tokens inside the server’s words', async () => {
    const text = `This is the mail system at host mx.example.org.

<ghost@example.net>: host mx1.example.net[192.0.2.25] said: 550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
`;
    const report = (await analyze(text)).reports[0];
    const result = report.results[0];
    const display = report.displayText;
    const segments = segmentsOf(display.length, result.spans);
    expectTiling(segments, 0, display.length);
    expect(segments.map((s) => display.slice(s.start, s.end)).join('')).toBe(display);

    const marked = segments.filter((s) => s.mark).map((s) => [s.mark, display.slice(s.start, s.end)]);
    expect(marked).toEqual(
      expect.arrayContaining([
        ['reply', '550'],
        ['status', '5.1.1'],
      ]),
    );
    expect(marked.filter(([kind]) => kind === 'recipient').map(([, t]) => t)).toContain('ghost@example.net');

    // The server's own words form one stretch, and the codes inside it are marked in place.
    const diagnostic = result.spans.find((s) => s.kind === 'diagnostic');
    expect(diagnostic).toBeDefined();
    const inside = segments.filter((s) => s.inDiagnostic);
    expect(display.slice(inside[0].start, inside[inside.length - 1].end)).toBe(
      display.slice(diagnostic?.start, diagnostic?.end),
    );
    expect(display.slice(inside[0].start, inside[inside.length - 1].end)).toContain(
      '550 5.1.1 <ghost@example.net>: Recipient address rejected',
    );
    for (const s of segments.filter((s) => s.mark === 'reply' || s.mark === 'status')) {
      expect(s.inDiagnostic).toBe(true);
    }
    expect(
      segments
        .filter((s) => !s.inDiagnostic)
        .map((s) => display.slice(s.start, s.end))
        .join(''),
    ).toContain('This is the mail system');
  });
});

describe('segmentsOf with made-up spans', () => {
  it('marks nest inside the diagnostic span: the mark is kept and the diagnostic flag too', () => {
    //            0         1         2
    //            0123456789012345678901234
    const text = 'said: 550 5.1.1 unknown.';
    const spans: Span[] = [
      { kind: 'diagnostic', start: 6, end: 24 },
      { kind: 'reply', start: 6, end: 9 },
      { kind: 'status', start: 10, end: 15 },
    ];
    const segments = segmentsOf(text.length, spans);
    expectTiling(segments, 0, text.length);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.mark, s.inDiagnostic])).toEqual([
      ['said: ', null, false],
      ['550', 'reply', true],
      [' ', null, true],
      ['5.1.1', 'status', true],
      [' unknown.', null, true],
    ]);
  });

  it('overlapping tokens: every character is kept once and carries one of the covering marks', () => {
    const text = 'abcdefghijklmnopqrst';
    const spans: Span[] = [
      { kind: 'recipient', start: 2, end: 12 },
      { kind: 'server', start: 8, end: 16 },
    ];
    const segments = segmentsOf(text.length, spans);
    expectTiling(segments, 0, text.length);
    const marks = marksOf(segments);
    expect(marks.slice(0, 2)).toEqual(['-', '-']);
    expect(new Set(marks.slice(2, 8))).toEqual(new Set(['recipient']));
    // Where both cover the text, one of the two marks shows.
    expect(['recipient', 'server']).toContain(marks[8]);
    expect(new Set(marks.slice(8, 12)).size).toBe(1);
    expect(new Set(marks.slice(12, 16))).toEqual(new Set(['server']));
    expect(marks.slice(16)).toEqual(['-', '-', '-', '-']);
  });

  it('spans reaching outside the text, empty or reversed ones: the text is still cut exactly', () => {
    const length = 10;
    const spans: Span[] = [
      { kind: 'reply', start: -5, end: 3 },
      { kind: 'status', start: 8, end: 50 },
      { kind: 'server', start: 20, end: 30 },
      { kind: 'recipient', start: 6, end: 4 },
      { kind: 'recipient', start: 5, end: 5 },
    ];
    const segments = segmentsOf(length, spans);
    expectTiling(segments, 0, length);
    expect(marksOf(segments).join(' ')).toBe('reply reply reply - - - - - status status');
  });

  it('any spans, any window: segments tile the window and each carries exactly the spans covering it', () => {
    const span = fc.record({
      kind: fc.constantFrom(...KINDS),
      start: fc.integer({ min: -20, max: 220 }),
      end: fc.integer({ min: -20, max: 220 }),
    });
    const input = fc
      .integer({ min: 0, max: 200 })
      .chain((length) =>
        fc.tuple(
          fc.constant(length),
          fc.array(span, { maxLength: 8 }),
          fc.integer({ min: 0, max: length }),
          fc.integer({ min: 0, max: length }),
        ),
      );
    fc.assert(
      fc.property(input, ([length, spans, a, b]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const segments = segmentsOf(length, spans, from, to);
        expectTiling(segments, from, to);
        for (const seg of segments) {
          // No span starts or ends inside a segment: it covers the whole piece or none of it.
          for (const s of spans) if (touches(s, seg)) expect(covers(s, seg)).toBe(true);
          const marks = spans.filter((s) => s.kind !== 'diagnostic' && covers(s, seg)).map((s) => s.kind);
          if (marks.length) expect(marks).toContain(seg.mark);
          else expect(seg.mark).toBeNull();
          expect(seg.inDiagnostic).toBe(spans.some((s) => s.kind === 'diagnostic' && covers(s, seg)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('windowOf: the part of a very long text that is shown', () => {
  it('shows short texts whole', () => {
    expect(windowOf(500, [{ kind: 'reply', start: 100, end: 103 }], 1000, 50)).toEqual({ from: 0, to: 500 });
  });

  it('shows the start of a long text that has no highlights, up to the limit', () => {
    expect(windowOf(5000, [], 1000, 50)).toEqual({ from: 0, to: 1000 });
  });

  it('keeps the highlights of a long text inside the window, with the margin around them', () => {
    const spans: Span[] = [
      { kind: 'diagnostic', start: 3000, end: 3100 },
      { kind: 'reply', start: 3000, end: 3003 },
    ];
    expect(windowOf(10_000, spans, 1000, 200)).toEqual({ from: 2800, to: 3300 });
  });

  it('any spans inside the text: every span lies inside the window, which lies inside the text', () => {
    const input = fc.integer({ min: 1, max: 2000 }).chain((length) =>
      fc.tuple(
        fc.constant(length),
        fc.array(
          fc
            .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
            .map(([a, b]) => ({ kind: 'status' as const, start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 2500 }),
        fc.integer({ min: 0, max: 300 }),
      ),
    );
    fc.assert(
      fc.property(input, ([length, spans, limit, margin]) => {
        const { from, to } = windowOf(length, spans, limit, margin);
        expect(0 <= from && from <= to && to <= length).toBe(true);
        for (const s of spans) expect(from <= s.start && s.end <= to).toBe(true);
        if (spans.length === 0) expect(to - from).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });
});
