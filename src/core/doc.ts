// The document every reader works on: the text a person sees (displayText) and, within it,
// the report zone — from the top of the report to where the returned original message
// begins. Raw messages and pastes become the same kind of document, so one set of readers
// serves both, and every offset a reader finds is an offset into displayText.

import type { HeaderMap } from './message/headers';
import { readHeaderBlock } from './message/headers';
import { type Line, splitLines } from './text/lines';

export interface Range {
  start: number;
  end: number;
}

export interface Doc {
  /** displayText. */
  text: string;
  /** Where the report starts (0, or after a forwarding preamble). */
  start: number;
  /** Where the returned original message starts; text.length when there is none. */
  reportEnd: number;
  /** Lines of the report zone [start, reportEnd). */
  lines: Line[];
  /** Ranges of delivery-status and feedback-report parts, when the MIME structure gave them. */
  reportParts: Range[];
  /** The bounce's own header fields; empty for a paste. */
  headers: HeaderMap;
  /** Subject: the header, or for a paste the subject line a mail client shows at the top. */
  subject: string;
  /** From: the header, or a pasted "From:" line. */
  from: string;
  pasted: boolean;
  /** Header fields of the returned original message, when present. */
  original: HeaderMap | null;
}

/**
 * Lines that introduce the returned original message. Mail systems add their own through
 * their `originalMarkers`; these are the generic ones mail clients and relays write.
 */
export const GENERIC_ORIGINAL_MARKERS: RegExp[] = [
  /^\s*-{2,}\s*(?:Original message|Forwarded message)\s*-{2,}\s*$/i,
  /^Content-Type:\s*(?:message\/rfc822|text\/rfc822-headers|message\/global)/i,
  /^\s*-+\s*(?:Original message follows|Message header follows|Unsent message follows|Returned message)\s*-*\s*$/i,
];

// A returned message pasted without a marker still shows itself as a run of header fields.
const ORIGINAL_HEADER_NAMES =
  /^(?:Return-Path|Received|Message-I[Dd]|DKIM-Signature|X-Received|ARC-Seal|Authentication-Results|Delivered-To|MIME-Version|X-Mailer|User-Agent):/i;

/**
 * Finds where the returned original starts within lines: the first marker line, or the first
 * run of original-message header fields after the report text. Returns the offset of that line.
 */
export function findOriginalStart(lines: Line[], markers: RegExp[], end: number): number {
  let seenText = false;
  let lastDsnRecipient = -1;
  for (let i = lines.length - 1; i >= 0 && lastDsnRecipient < 0; i--) {
    if (DSN_RECIPIENT.test(lines[i].text)) lastDsnRecipient = i;
  }
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '' || t.length > 2000) continue;
    if (seenText && markers.some((m) => m.test(t))) return lines[i].start;
    // A run of header fields is the original only when no delivery report follows it (some
    // systems quote the offending headers before their report).
    if (seenText && i > lastDsnRecipient && ORIGINAL_HEADER_NAMES.test(t) && headerRunFrom(lines, i) >= 3)
      return lines[i].start;
    seenText = true;
  }
  return end;
}

const DSN_RECIPIENT = /^(?:Final|Original)-Recipient:/i;

function headerRunFrom(lines: Line[], i: number): number {
  let fields = 0;
  for (let j = i; j < lines.length && j < i + 60; j++) {
    const t = lines[j].text;
    if (t === '') break;
    if (/^[ \t]/.test(t)) continue;
    if (!/^[!-9;-~]+:/.test(t)) break;
    fields++;
  }
  return fields;
}

/** Reads the header block of the original message that starts at `at` (skipping a marker line). */
export function readOriginalHeaders(text: string, at: number): HeaderMap | null {
  if (at >= text.length) return null;
  let pos = at;
  // Skip marker lines and blank lines until the first header field.
  for (let n = 0; n < 6 && pos < text.length; n++) {
    const eol = text.indexOf('\n', pos);
    const line = text.slice(pos, eol < 0 ? text.length : eol);
    if (/^[!-9;-~]+:\s/.test(line) && !/^Content-Type:\s*(?:message|text\/rfc822)/i.test(line)) break;
    pos = eol < 0 ? text.length : eol + 1;
  }
  const block = readHeaderBlock(text, pos, 64 * 1024);
  return block.headers.size ? block.headers : null;
}

export function makeDoc(fields: Omit<Doc, 'lines'>): Doc {
  return { ...fields, lines: splitLines(fields.text, fields.start, fields.reportEnd) };
}
