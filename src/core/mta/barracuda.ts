// Barracuda Spam & Virus Firewall. Subject "**Message you sent blocked by our bulk email
// filter**"; the text names the recipient and the delivery-status part carries the reply:
//
//   Your message to: kijitora@example.org
//   was blocked by our Spam Firewall. The email you sent with the following subject has NOT
//   BEEN DELIVERED:
//
//   Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=00000-22-225

import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd } from '../text/lines';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const YOUR_MESSAGE = /^Your message to:\s*(.+)$/;
const BLOCKED = /^was blocked by our (?:Spam|Spam & Virus) Firewall\b/;

export const barracuda: MailSystem = {
  name: 'Barracuda',
  recognise(doc) {
    if (doc.subject.includes('our bulk email filter')) return true;
    return doc.lines.some((l) => BLOCKED.test(l.text));
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
  for (let i = 0; i < lines.length && found.length < MAX_RECIPIENTS; i++) {
    const m = YOUR_MESSAGE.exec(lines[i].text);
    if (!m) continue;
    const next = lines[i + 1];
    const blocked = next && BLOCKED.test(next.text) ? next : null;
    const block = { start: lines[i].start, end: lineEnd(blocked ?? lines[i]) };
    for (const part of m[1].split(/[,;]\s*/)) {
      const recipient = cleanAddress(part);
      if (!recipient) continue;
      const f: Finding = { recipient, block };
      // Without a delivery-status part, the firewall's own sentence is all there is.
      if (blocked && !replied.has(recipient)) {
        const sentence = blocked.text.split('. ')[0];
        f.diagnostic = sentence;
        f.diagnosticRange = { start: blocked.start, end: blocked.start + sentence.length };
      }
      found.push(f);
    }
  }
  return found;
}
