// McAfee Email Gateway (and the Email and Web Security appliance). Its notices carry
// "X-NAI-Header: Modified by McAfee …" and the subject "Delivery Status"; a text attachment
// lists each address with the next hop's answer in parentheses, and the delivery-status part
// writes Original-Recipient without an address type:
//
//       --- The following addresses had delivery problems ---
//   <kijitora@example.jp>   (5.1.1 <kijitora@example.jp>... User unknown)
//
//   Original-Recipient: <kijitora@example.jp>
//   Action: failed
//   Diagnostic-Code: smtp; 550 5.1.1 <kijitora@example.jp>... User unknown
//
// The gateway only relays the receiving server's words and names no category of its own, so
// the reply is classified like any other.

import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd } from '../text/lines';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const START = '--- The following addresses had delivery problems ---';
const LISTED = /^<([^\s<>@]+@[^\s<>]+)>\s+\((.+)\)\s*$/;
const BARE_ORIGINAL_RECIPIENT = /^Original-Recipient:\s*<[^\s<>@]+@[^\s<>]+>\s*$/i;

export const mcafee: MailSystem = {
  name: 'McAfee Email Gateway',
  recognise(doc) {
    if (header(doc.headers, 'x-nai-header').includes('Modified by McAfee')) return true;
    if (doc.lines.some((l) => l.text.trim() === START)) return true;
    return doc.subject === 'Delivery Status' && doc.lines.some((l) => BARE_ORIGINAL_RECIPIENT.test(l.text));
  },
  read(doc, dsn) {
    try {
      const listed = readListed(doc.lines, dsn);
      return listed.length ? listed : dsn.recipients.slice(0, MAX_RECIPIENTS).map((d) => ({ ...d }));
    } catch {
      return [];
    }
  },
};

function readListed(lines: Line[], dsn: DsnReport): Finding[] {
  const found: Finding[] = [];
  const replied = new Set(dsn.recipients.filter((d) => d.diagnostic).map((d) => d.recipient));
  for (const line of lines) {
    if (found.length >= MAX_RECIPIENTS) break;
    const m = LISTED.exec(line.text);
    const recipient = m && cleanAddress(m[1]);
    if (!m || !recipient) continue;
    const f: Finding = { recipient, block: { start: line.start, end: lineEnd(line) } };
    // The delivery-status part has the full reply, with its code; the list only a summary.
    if (!replied.has(recipient)) {
      const start = line.start + line.text.lastIndexOf(`(${m[2]})`) + 1;
      f.diagnostic = m[2].trim();
      f.diagnosticRange = { start, end: start + m[2].length };
    }
    found.push(f);
  }
  return found;
}
