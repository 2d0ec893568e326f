// Matching a diagnostic text against a reason's wording.

import { PHRASES, type PhrasedReason } from './index';

/**
 * Lower-cased, white space squeezed, typographic quotes made plain: the form all wording is
 * matched in. Mail clients and HTML bounces write "doesn’t" where servers write "doesn't".
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The phrase or pattern of `reason` found in `text` (already normalised), or null.
 * Returns what matched so the verdict can show its evidence.
 */
export function findWording(reason: PhrasedReason, text: string): string | null {
  const data = PHRASES[reason];
  if (!text) return null;
  if (data.unless?.some((u) => text.includes(u))) return null;
  for (const phrase of data.phrases) if (text.includes(phrase)) return phrase;
  for (const pattern of data.patterns ?? []) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return null;
}
