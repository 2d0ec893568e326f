// Building what a share link carries from a report: the evidence text (the report without the
// returned message, or only the lines around each error, or everything when the sender opts in),
// email addresses masked unless the sender opts in, and every highlight moved to match.

import { findAddresses } from '../../../core/smtp/address';
import type { Report, Span } from '../../../core/types';
import { articlesFor, providerCode } from '../explain/articles';
import { encodeShare, FIELD_LIMITS, MAX_FRAGMENT } from './codec';
import type { SharedDiagnosis, SharedResult } from './types';

export interface ShareOptions {
  includeAddresses: boolean;
  includeOriginal: boolean;
}

/** Links longer than this do not travel well through browsers, chat tools and ticket systems. */
export const LINK_BUDGET = 8000;

const GAP = '\n…\n';

/** "jordan.lee@gmail.com" → "j•••@gmail.com": the domain stays, it matters for a diagnosis. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  return `${address[0]}•••${address.slice(at)}`;
}

export function maskText(text: string): string {
  let out = '';
  let last = 0;
  for (const a of findAddresses(text)) {
    out += text.slice(last, a.index) + maskAddress(a.value);
    last = a.index + a.value.length;
  }
  return out + text.slice(last);
}

interface Piece {
  /** Range in displayText. */
  start: number;
  end: number;
  /** Where it starts in the new text. */
  at: number;
  /** Text it is replaced with (a masked address), or null when copied as it is. */
  replacement: string | null;
}

/** Copies ranges of `text` into a new text, masking addresses, and keeps how offsets move. */
function assemble(text: string, ranges: { start: number; end: number }[], mask: boolean) {
  const pieces: Piece[] = [];
  let out = '';
  ranges.forEach((range, i) => {
    if (i > 0) out += GAP;
    let cursor = range.start;
    const chunk = text.slice(range.start, range.end);
    const addresses = mask ? findAddresses(chunk) : [];
    for (const a of addresses) {
      const start = range.start + a.index;
      if (start > cursor) {
        pieces.push({ start: cursor, end: start, at: out.length, replacement: null });
        out += text.slice(cursor, start);
      }
      const masked = maskAddress(a.value);
      pieces.push({ start, end: start + a.value.length, at: out.length, replacement: masked });
      out += masked;
      cursor = start + a.value.length;
    }
    if (range.end > cursor) {
      pieces.push({ start: cursor, end: range.end, at: out.length, replacement: null });
      out += text.slice(cursor, range.end);
    }
  });
  const moveSpan = (span: Span): Span | null => {
    const first = pieces.find((p) => span.start >= p.start && span.start < p.end);
    const last = [...pieces].reverse().find((p) => span.end > p.start && span.end <= p.end);
    if (!first || !last || last.at < first.at) return null;
    const start = first.replacement === null ? first.at + (span.start - first.start) : first.at;
    const end =
      last.replacement === null ? last.at + (span.end - last.start) : last.at + last.replacement.length;
    return end > start ? { kind: span.kind, start, end } : null;
  };
  return { text: out, moveSpan };
}

/** The lines around every span of every result, merged: the shortest useful evidence. */
function excerptRanges(report: Report): { start: number; end: number }[] {
  const text = report.displayText;
  const lineStart = (i: number) => text.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
  const lineEnd = (i: number) => {
    const e = text.indexOf('\n', i);
    return e < 0 ? text.length : e;
  };
  const ranges = report.results
    .flatMap((r) => r.spans)
    .map((s) => ({ start: lineStart(lineStart(s.start) - 1), end: lineEnd(lineEnd(s.end) + 1) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** A value cut to a limit, with an ellipsis where it was cut. */
const clip = <T extends string | null>(value: T, limit: number): T =>
  (value !== null && value.length > limit ? `${value.slice(0, limit - 1)}…` : value) as T;

/** Evidence kept in a compact link (characters). */
const COMPACT_TEXT = 16 * 1024;

/** How much a link carries: everything chosen, the excerpt, or the excerpt with short texts. */
type Size = 'full' | 'excerpt' | 'compact';

export function buildShare(report: Report, options: ShareOptions, size: Size | boolean): SharedDiagnosis {
  const level: Size = size === true ? 'excerpt' : size === false ? 'full' : size;
  const excerpt = level !== 'full';
  const diagnosticLimit = level === 'compact' ? 300 : FIELD_LIMITS.string;
  const kept = report.results.slice(0, level === 'compact' ? 50 : FIELD_LIMITS.results);
  const mask = !options.includeAddresses;
  const text = report.displayText;
  const reportEnd = report.originalStart ?? text.length;
  const ranges = excerpt
    ? excerptRanges(report)
    : [{ start: 0, end: options.includeOriginal ? text.length : reportEnd }];
  const evidence = assemble(text, ranges, mask);
  // A compact link keeps only the start of the evidence; highlights past it are left out.
  const textLimit = level === 'compact' ? COMPACT_TEXT : FIELD_LIMITS.text;
  const sharedText = clip(evidence.text, textLimit);
  const inText = (span: Span | null): span is Span => span !== null && span.end <= sharedText.length;
  const maskValue = (v: string | null) => (v && mask ? maskText(v) : v);
  const server = (s: Report['results'][number]['remoteServer']) =>
    s && { host: clip(s.host, FIELD_LIMITS.host), ip: clip(s.ip, FIELD_LIMITS.ip) };
  const results: SharedResult[] = kept.map((r) => ({
    recipient: clip(maskValue(r.recipient), FIELD_LIMITS.address),
    originalRecipient: clip(maskValue(r.originalRecipient), FIELD_LIMITS.address),
    action: r.action,
    status: r.status,
    statusInferred: r.statusInferred,
    replyCode: r.replyCode,
    reason: r.reason,
    hardBounce: r.hardBounce,
    permanence: r.permanence,
    remoteServer: server(r.remoteServer),
    reportingServer: server(r.reportingServer),
    smtpCommand: r.smtpCommand,
    diagnosticText: clip(maskValue(r.diagnosticText) ?? '', diagnosticLimit),
    provider: r.provider,
    whoMustAct: r.whoMustAct,
    spans: r.spans.map(evidence.moveSpan).filter(inText),
    feedbackType: clip(r.feedbackType, FIELD_LIMITS.feedbackType),
    article: articlesFor(r)[0]?.path ?? null,
    providerCode: providerCode(r),
  }));
  return {
    v: 1,
    text: sharedText,
    mailSystem: clip(report.mailSystem, FIELD_LIMITS.mailSystem),
    subject: options.includeOriginal ? clip(maskValue(report.message.subject), FIELD_LIMITS.subject) : null,
    results,
    masked: {
      addresses: mask,
      original: options.includeOriginal && !excerpt,
      excerpt,
      omitted: report.results.length - kept.length,
    },
  };
}

export interface BuiltLink {
  url: string;
  diagnosis: SharedDiagnosis;
  /** True when the full evidence made the link too long and only the excerpt was kept. */
  shortened: boolean;
}

/**
 * The link for a report: the chosen evidence; or, when that is too long for browsers and chat
 * tools, only the lines around each error; or, for huge reports, that with the servers' replies
 * cut short and at most 50 recipients. A link is never longer than the decoder accepts.
 */
export async function buildLink(report: Report, options: ShareOptions, base: string): Promise<BuiltLink> {
  let last: BuiltLink | null = null;
  for (const size of ['full', 'excerpt', 'compact'] as const) {
    const diagnosis = buildShare(report, options, size);
    const fragment = await encodeShare(diagnosis);
    last = { url: `${base}${fragment}`, diagnosis, shortened: size !== 'full' };
    if (last.url.length <= LINK_BUDGET) return last;
  }
  if (last && last.url.length - base.length <= MAX_FRAGMENT) return last;
  throw new Error('This report is too large to share as a link.');
}
