// Trustwave (formerly Marshal / NetIQ) MailMarshal SMTP. Subject 'Undeliverable Mail: "<the
// original subject>"'; the reason comes before the recipients it affected:
//
//   Could not be delivered because of
//
//   550 5.1.1 User unknown
//
//   The following recipients were affected:
//       kijitora@example.com
//
//   Additional Information
//   ======================
//   Remote-MTA:         <203.0.113.2>
//   Reporting-MTA:      <relay.example.com>

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, type Line, lineEnd } from '../text/lines';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const BECAUSE = 'Could not be delivered because of';
const AFFECTED = 'The following recipients were affected:';
const INFO = /^(Remote-MTA|Reporting-MTA):\s*<([^<>\s]+)>\s*$/;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)$/;

export const mailmarshal: MailSystem = {
  name: 'Trustwave MailMarshal',
  recognise(doc) {
    if (doc.subject.startsWith('Undeliverable Mail: "')) return true;
    return (
      doc.lines.some((l) => l.text.trim() === BECAUSE) && doc.lines.some((l) => l.text.trim() === AFFECTED)
    );
  },
  read(doc) {
    try {
      return readNotice(doc);
    } catch {
      return [];
    }
  },
};

function readNotice(doc: Doc): Finding[] {
  const lines = doc.lines;
  const because = lines.findIndex((l) => l.text.trim() === BECAUSE);
  const affected = lines.findIndex((l) => l.text.trim() === AFFECTED);
  if (because < 0 || affected < because) return [];

  // The reason: the lines between the two headings, without the blank ones around them.
  const reasonLines = lines.slice(because + 1, affected).filter((l) => !isBlank(l));
  const diagnostic = reasonLines.map((l) => l.text.trim()).join(' ');
  const first = reasonLines[0];
  const final = reasonLines[reasonLines.length - 1];
  const diagnosticRange = first && {
    start: first.start + first.text.length - first.text.trimStart().length,
    end: final.start + final.text.trimEnd().length,
  };

  const info = additionalInformation(lines.slice(affected + 1));
  const found: Finding[] = [];
  for (const line of lines.slice(affected + 1)) {
    const t = line.text.trim();
    if (!t) {
      if (found.length) break;
      continue;
    }
    const recipient = t.length <= 320 && /^[^\s@]+@\S+$/.test(t) ? cleanAddress(t) : null;
    if (!recipient) break;
    if (found.length < MAX_RECIPIENTS)
      found.push({
        recipient,
        diagnostic,
        diagnosticRange,
        block: { start: lines[because].start, end: lineEnd(line) },
        ...info,
      });
  }
  return found;
}

function additionalInformation(lines: Line[]): Pick<Finding, 'remoteHost' | 'remoteIp' | 'reportingHost'> {
  const out: Pick<Finding, 'remoteHost' | 'remoteIp' | 'reportingHost'> = {};
  for (const line of lines) {
    const m = INFO.exec(line.text.trim());
    if (!m) continue;
    const value = m[2].replace(/^\[|\]$/g, '');
    if (m[1] === 'Reporting-MTA') out.reportingHost = value.toLowerCase();
    else if (IP.test(value)) out.remoteIp = value;
    else out.remoteHost = value.toLowerCase();
  }
  return out;
}
