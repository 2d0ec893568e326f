// The last resort for a message that presents itself as a bounce but carries no code and no
// layout any reader knows: a line whose wording names a failure reason ("reject reason:
// Mailbox full"), and the address named on it or close by ("target mail address: a@b").

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { PHRASES, type PhrasedReason } from '../reasons/index';
import { findWording, normalizeText } from '../reasons/match';
import { lineEnd } from '../text/lines';
import { cleanAddress, findAddresses } from './address';

const REASONS = Object.keys(PHRASES) as PhrasedReason[];

/** Addresses that belong to the bounce itself (its sender and its addressee), not a recipient. */
function ownAddresses(doc: Doc): Set<string> {
  const own = new Set<string>();
  for (const name of ['from', 'to', 'return-path', 'reply-to']) {
    for (const value of doc.headers.get(name) ?? [])
      for (const a of findAddresses(value)) own.add(a.value.toLowerCase());
  }
  return own;
}

export function readWordedFailures(doc: Doc): Finding[] {
  const own = ownAddresses(doc);
  const lines = doc.lines;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i];
    if (line.text.length > 500) continue;
    const text = normalizeText(line.text);
    if (!text) continue;
    const reason = REASONS.find((r) => r !== 'vacation' && findWording(r, text));
    if (!reason) continue;
    const nearby = lines.slice(Math.max(0, i - 3), i + 4);
    const address = [line, ...nearby]
      .flatMap((l) => findAddresses(l.text).map((a) => a.value.toLowerCase()))
      .find((a) => !own.has(a));
    if (!address) continue;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    return [
      {
        recipient: cleanAddress(address),
        diagnostic: line.text.trim(),
        diagnosticRange: { start, end: lineEnd(line) },
        block: { start: nearby[0].start, end: lineEnd(nearby[nearby.length - 1]) },
      },
    ];
  }
  return [];
}
