// GMX (and the other United Internet services: web.de, mail.com). Exim-like text — "This
// message was created automatically by mail delivery software." — with its own layout per
// recipient, and the returned header after "--- The header of the original message is
// following. ---":
//   "shironeko@example.jp":
//   SMTP error from remote server after RCPT command:
//   host: mx.example.jp
//   5.2.2 <shironeko@example.jp>... Mailbox Full
// or, when GMX gave up by itself:
//   <kijitora@example.co.jp>
//
//   Reason:
//   delivery retry timeout exceeded
// 1&1 / IONOS (einsundeins.ts) writes a variant of the same layout, read by the same code.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { hasMarkerLine, MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

// GMX's own domains and WEB.DE, which runs on the same platform.
const GMX_SENDER = /@(?:[\w-]+\.)*(?:gmx\.(?:net|com|de|at|ch|fr|es|co\.uk)|web\.de)\b/i;

export const UI_START = 'This message was created automatically by mail delivery software';
export const UI_ORIGINAL = /^--- The header of the original message is following\. ---\s*$/;

// Sentences these servers write themselves when no remote server answered.
const OWN_WORDS: [string, Reason][] = [
  ['delivery retry timeout exceeded', 'expired'],
  ['Mail size limit exceeded', 'mesgtoobig'],
];

export const gmx: MailSystem = {
  name: 'GMX',
  originalMarkers: [UI_ORIGINAL],
  recognise(doc) {
    // X-GMX-Antispam is on every message GMX receives, other systems' bounces included, so the
    // sender or the layout decides.
    if (!doc.lines.some((l) => l.text.startsWith(UI_START))) return false;
    if (GMX_SENDER.test(doc.from)) return true;
    if (!hasOriginalMarker(doc)) return false;
    // GMX quotes or brackets the address; 1&1 writes it bare and adds "For the following reason:".
    if (doc.lines.some((l) => l.text.startsWith('For the following reason:'))) return false;
    return doc.lines.some((l) => /^["<]/.test(l.text) && recipientLine(l.text) !== null);
  },
  read: neverThrows(readUnitedInternet),
};

export const hasOriginalMarker = (doc: Doc): boolean => hasMarkerLine(doc, UI_ORIGINAL);

/** A line that is only an address: "a@b":, <a@b>, a@b: or a@b. */
function recipientLine(text: string): string | null {
  const t = text.trim();
  if (!t.includes('@') || /\s/.test(t)) return null;
  const bare = t
    .replace(/:$/, '')
    .replace(/^"(.*)"$/, '$1')
    .replace(/^<(.*)>$/, '$1');
  return /^[^@<>"]+@[^@<>"]+$/.test(bare) ? cleanAddress(bare) : null;
}

/** The recipients of a GMX or 1&1 report, each with the error below it. */
export function readUnitedInternet(doc: Doc): Finding[] {
  const lines = doc.lines;
  const begin = lines.findIndex((l) => l.text.startsWith(UI_START));
  if (begin < 0) return [];
  const out: Finding[] = [];
  let current: Finding | null = null;
  let first = -1;
  let last = -1;
  const close = () => {
    if (!current) return;
    if (first >= 0) {
      let start = lines[first].start;
      // "… host: smtp-in.example.fr (192.0.2.1) reason: 550 5.2.0 …": the reply follows "reason:".
      const inline = /\breason:\s*/i.exec(lines[first].text);
      if (inline && first === last) start += inline.index + inline[0].length;
      const end = lineEnd(lines[last]);
      current.diagnostic = squeeze(doc.text.slice(start, end));
      current.diagnosticRange = { start, end };
      if (current.block) current.block.end = Math.max(current.block.end, end);
      const own = OWN_WORDS.find(([phrase]) => current?.diagnostic?.includes(phrase));
      if (own && !current.remoteHost) current.reason = own[1];
    }
    out.push(current);
    current = null;
    first = -1;
    last = -1;
  };
  for (let i = begin + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    if (UI_ORIGINAL.test(lines[i].text)) break;
    const text = lines[i].text.trim();
    const recipient = recipientLine(text);
    if (recipient) {
      close();
      current = {
        recipient,
        action: 'failed',
        block: { start: lines[i].start, end: lineEnd(lines[i]) },
      };
      continue;
    }
    if (!current || text === '') continue;
    // "… after RCPT command:", "… for RCPT TO command, host: …", "… for TEXT command" (the body).
    const step =
      /^SMTP error from remote (?:server|mail server|mailer) (?:after|for) ([A-Za-z]+(?: TO| FROM)?) command\b/i.exec(
        text,
      );
    if (step) current.command = step[1].toUpperCase() === 'TEXT' ? 'DATA' : asCommand(step[1]);
    const host = /\bhost:\s*([^\s()]+)(?:\s*\(([0-9A-Fa-f:.]+)\))?/i.exec(text);
    if (host) {
      current.remoteHost = host[1].toLowerCase();
      if (host[2]) current.remoteIp = host[2];
    }
    // Labels and the step/host lines are not the error itself, unless the reply is on them.
    if (/^(?:Reason:|For the following reason:)$/i.test(text)) continue;
    if ((step || host) && !/\breason:\s*\S/i.test(text)) continue;
    if (first < 0) first = i;
    last = i;
  }
  close();
  return out;
}
