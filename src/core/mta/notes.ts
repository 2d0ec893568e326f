// Lotus Notes (the older Notes SMTP MTA). Subject "Undeliverable message"; the reason comes
// first, the address it applies to on the next line, and the returned message after a marker:
//
//   ------- Failure Reasons  --------
//
//   User not listed in public Name & Address Book
//   kijitora@notes.example.jp
//
//   ------- Returned Message --------

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const START = /^-{7}\s*Failure Reasons\s*-+\s*$/;
const RETURNED = /^-{7}\s*Returned Message\s*-+\s*$/;

// The categories Notes states in its own words. The reference labels leave the Japanese
// versions of these notices unclassified, so only the English wording is listed.
const STATED: [string, Reason][] = [
  ['User not listed in public Name & Address Book', 'userunknown'],
  ['Message has exceeded maximum hop count', 'networkerror'],
];

export const notes: MailSystem = {
  name: 'Lotus Notes',
  originalMarkers: [RETURNED],
  recognise(doc) {
    return doc.subject.startsWith('Undeliverable message') || doc.lines.some((l) => START.test(l.text));
  },
  read(doc) {
    try {
      return readReasons(doc);
    } catch {
      return [];
    }
  },
};

function readReasons(doc: Doc): Finding[] {
  const lines = doc.lines;
  const begin = lines.findIndex((l) => START.test(l.text));
  if (begin < 0) return [];
  const found: Finding[] = [];
  let pending: Line[] = [];
  let last: Finding | null = null;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (RETURNED.test(t)) break;
    if (!t || t.startsWith('-')) continue;
    if (t.length > 320 || !/^[^\s@]+@\S+$/.test(t)) {
      pending.push(line);
      continue;
    }
    const f: Finding = {
      recipient: cleanAddress(t),
      block: { start: (pending[0] ?? line).start, end: lineEnd(line) },
    };
    if (pending.length) {
      applyReason(f, pending);
    } else if (last?.diagnostic) {
      // Several addresses under one reason share it.
      f.diagnostic = last.diagnostic;
      f.diagnosticRange = last.diagnosticRange;
      f.reason = last.reason;
    }
    if (found.length < MAX_RECIPIENTS) found.push(f);
    last = f;
    pending = [];
  }
  if (!found.length) {
    // No address under the reasons: the returned message's To: names the recipient.
    const to = cleanAddress(header(doc.original ?? new Map(), 'to'));
    if (!to) return [];
    const f: Finding = { recipient: to };
    if (pending.length) applyReason(f, pending);
    if (found.length < MAX_RECIPIENTS) found.push(f);
  }
  return found;
}

function applyReason(f: Finding, reasonLines: Line[]): void {
  const first = reasonLines[0];
  const final = reasonLines[reasonLines.length - 1];
  f.diagnostic = squeeze(reasonLines.map((l) => l.text).join(' '));
  f.diagnosticRange = {
    start: first.start + first.text.length - first.text.trimStart().length,
    end: final.start + final.text.trimEnd().length,
  };
  const stated = STATED.find(([phrase]) => f.diagnostic?.includes(phrase));
  if (stated) f.reason = stated[1];
}
