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

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import {
  dsnFindings,
  dsnFor,
  hasLine,
  headerOf,
  lineFindings,
  lineRange,
  lineSlice,
  neverThrows,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const START = /^\s*--- The following addresses had delivery problems ---\s*$/;
const LISTED = /^<([^\s<>@]+@[^\s<>]+)>\s+\((.+)\)\s*$/;
const BARE_ORIGINAL_RECIPIENT = /^Original-Recipient:\s*<[^\s<>@]+@[^\s<>]+>\s*$/i;

export const mcafee: MailSystem = {
  name: 'McAfee Email Gateway',
  recognise(doc) {
    if (headerOf(doc, 'x-nai-header').includes('Modified by McAfee')) return true;
    if (hasLine(doc, START)) return true;
    return doc.subject === 'Delivery Status' && hasLine(doc, BARE_ORIGINAL_RECIPIENT);
  },
  read: neverThrows(readListed),
};

/**
 * The "<address>   (summary)" lines of the attachment, one per recipient; without them, the
 * delivery-status entries.
 */
function readListed(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  const listed = lineFindings(lines, 0, lines.length, (line) => {
    const m = LISTED.exec(line.text);
    const recipient = m && cleanAddress(m[1]);
    if (!m || !recipient) return null;
    const f: Finding = { recipient, block: lineRange(line) };
    // The delivery-status part has the full reply, with its code; the list only a summary.
    if (!dsnFor(dsn, recipient)?.diagnostic) {
      const open = line.text.lastIndexOf(`(${m[2]})`) + 1;
      setDiagnostic(f, lineSlice(line, open, open + m[2].length));
    }
    return f;
  });
  return listed.length ? listed : dsnFindings(dsn);
}
