// Microsoft Exchange Server 5.5 to 2003. Two layouts, both listing "address on date" lines:
//   Internet Mail Service   "Your message … did not reach the following recipient(s):", then
//                           an explanation and a code line "MSEXCH:IMS:… 0 (000C05A6) Unknown
//                           Recipient" whose hexadecimal code names the failure;
//   SMTP (2000 and 2003)    "Your message did not reach some or all of the intended
//                           recipients." … "The following recipient(s) cannot be reached:",
//                           then an explanation and the remote reply in angle brackets,
//                           "<mx.example.com #5.1.1 smtp;550 5.1.1 … User unknown>".

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS, neverThrows, runEnd } from './common';
import { applyReply, unwrapExchangeReply } from './exchange2007';
import type { MailSystem } from './types';

const MARKERS = [
  /^\s*did not reach the following recipient\(s\)\s*:/i,
  /^\s*Your message did not reach some or all of the intended recipients/i,
  /^\s*The following recipient\(s\) (?:cannot|could not) be reached\s*:/i,
  /^\s*Ihre Nachricht hat einige oder alle Empf.{1,2}nger nicht erreicht/i,
  /^\s*Folgende\(r\) Empf.{1,2}nger konnte\(n\) nicht erreicht werden/i,
  /^\s*Votre message n'est pas parvenu .{1,2} certains ou .{1,2} l'ensemble de ses destinataires/i,
  /^\s*Impossible de joindre le\(s\) destinataire\(s\) suivant\(s\)/i,
];

// "kijitora@example.jp on Thu, 29 Apr 2010 …", "Neko (SMTP=neko@example.jp) on 4/29/99 …";
// translated reports say "am", "le", "el" … instead of "on".
const RECIPIENT_LINE =
  /^\s*(?:[^=]{0,100}SMTP=)?([^\s@()<>=]{1,128}@[^\s@()<>]{1,255}?)\)?\s+(?:on|am|le|el|il|op|em|den)\s+\S/i;

// Exchange's own diagnostic codes, "MSEXCH:IMS:… (000C05A6)", each naming its failure.
const MSEXCH_CODES: Readonly<Record<string, Reason>> = {
  '000C05A6': 'userunknown', // Unknown Recipient
  '000C0595': 'filtered', // Ambiguous Recipient
  '00010256': 'systemerror', // Too many recipients
  '000D06B5': 'systemerror', // No proxy for recipient
  '00120270': 'networkerror', // Too many hops
  '00050311': 'contenterror', // Conversion to Internet format failed
  '000502CC': 'contenterror', // Conversion to Internet format failed
  '000B0981': 'securityerror', // The remote server does not support AUTH
};

const MAX_LINE = 400;

function recognise(doc: Doc): boolean {
  return doc.lines.some((l) => l.text.length <= MAX_LINE && MARKERS.some((m) => m.test(l.text)));
}

function read(doc: Doc): Finding[] {
  const lines = doc.lines;
  const start = lines.findIndex((l) => l.text.length <= MAX_LINE && MARKERS.some((m) => m.test(l.text)));
  if (start < 0) return [];
  const found: Finding[] = [];
  for (let i = start + 1; i < lines.length && found.length < MAX_RECIPIENTS; i++) {
    const m = lines[i].text.length <= MAX_LINE ? RECIPIENT_LINE.exec(lines[i].text) : null;
    const recipient = m ? cleanAddress(m[1]) : null;
    if (!recipient) continue;
    // The recipient's lines run to the next blank line or the next recipient.
    const last = runEnd(lines, i, isRecipientLine);
    found.push(readRecipient(doc, recipient, lines[i], lines.slice(i + 1, last + 1)));
    i = last;
  }
  return found;
}

const isRecipientLine = (text: string): boolean => text.length <= MAX_LINE && RECIPIENT_LINE.test(text);

function readRecipient(doc: Doc, recipient: string, head: Line, block: Line[]): Finding {
  const last = block.length ? block[block.length - 1] : head;
  const f: Finding = { recipient, action: 'failed', block: { start: head.start, end: lineEnd(last) } };
  if (!block.length) return f;

  // The remote server's reply, when Exchange passed one on, is the diagnostic.
  const reply = block.findIndex((l) => /^\s*<[^\s<>#]{0,255} ?#[245]\.\d/.test(l.text));
  if (reply >= 0) {
    const begin = block[reply].start;
    applyReply(f, unwrapExchangeReply(doc.text.slice(begin, lineEnd(last)), begin));
    return f;
  }

  // Otherwise the explanation and the MSEXCH code line, skipping the "MTS-ID" line (and the
  // ";l=…" piece it wraps onto).
  const parts: string[] = [];
  for (const line of block) {
    const t = line.text.trim();
    if (/^The MTS-ID of the original message is/i.test(t) || t.startsWith(';')) continue;
    parts.push(t);
  }
  f.diagnostic = squeeze(parts.join(' '));
  const first = block[0];
  f.diagnosticRange = {
    start: first.start + (first.text.length - first.text.trimStart().length),
    end: lineEnd(last),
  };
  const code = /MSEXCH:[^()]{0,200}\(([0-9A-Fa-f]{8})\)/.exec(f.diagnostic);
  const reason = code ? MSEXCH_CODES[code[1].toUpperCase()] : undefined;
  if (reason) f.reason = reason;
  return f;
}

export const exchange2003: MailSystem = {
  name: 'Microsoft Exchange Server 2003',
  recognise,
  read: neverThrows(read),
};
