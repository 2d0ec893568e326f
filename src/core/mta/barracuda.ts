// Barracuda Spam & Virus Firewall. Subject "**Message you sent blocked by our bulk email
// filter**"; the text names the recipient and the delivery-status part carries the reply:
//
//   Your message to: kijitora@example.org
//   was blocked by our Spam Firewall. The email you sent with the following subject has NOT
//   BEEN DELIVERED:
//
//   Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=00000-22-225

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import {
  dsnFindings,
  dsnFor,
  hasLine,
  lineSlice,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const YOUR_MESSAGE = /^Your message to:\s*(.+)$/;
const BLOCKED = /^was blocked by our (?:Spam|Spam & Virus) Firewall\b/;

export const barracuda: MailSystem = {
  name: 'Barracuda',
  recognise(doc) {
    if (doc.subject.includes('our bulk email filter')) return true;
    return hasLine(doc, BLOCKED);
  },
  read: neverThrows(readListed),
};

/**
 * The recipients of "Your message to:" lines, each with the firewall's sentence below it;
 * without such lines, the delivery-status entries.
 */
function readListed(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  const found: Finding[] = [];
  for (let i = 0; i < lines.length && found.length < MAX_RECIPIENTS; i++) {
    const m = YOUR_MESSAGE.exec(lines[i].text);
    if (!m) continue;
    const next = lines[i + 1];
    const blocked = next !== undefined && BLOCKED.test(next.text);
    // "was blocked by our Spam Firewall. The email you sent …": its first sentence says it all.
    const stop = blocked ? next.text.indexOf('. ') : -1;
    const sentence = blocked ? lineSlice(next, 0, stop < 0 ? next.text.length : stop) : null;
    for (const part of m[1].split(/[,;]\s*/)) {
      const recipient = cleanAddress(part);
      if (!recipient || found.length >= MAX_RECIPIENTS) continue;
      const f: Finding = { recipient, block: linesRange(lines, i, blocked ? i + 1 : i) };
      // The delivery-status part has the server's reply; without one, the sentence is all there is.
      if (sentence && !dsnFor(dsn, recipient)?.diagnostic) setDiagnostic(f, sentence);
      found.push(f);
    }
  }
  return found.length ? found : dsnFindings(dsn);
}
