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

import type { Finding } from '../finding';
import type { Line } from '../text/lines';
import {
  bareAddress,
  findLine,
  hasLine,
  lineRange,
  linesText,
  MAX_RECIPIENTS,
  neverThrows,
  remoteOf,
} from './common';
import type { MailSystem } from './types';

const BECAUSE = /^\s*Could not be delivered because of\s*$/;
const AFFECTED = /^\s*The following recipients were affected:\s*$/;
// "Remote-MTA:         <203.0.113.2>" in the "Additional Information" section.
const INFO = /^(Remote-MTA|Reporting-MTA):\s*<([^<>\s]+)>\s*$/;

export const mailmarshal: MailSystem = {
  name: 'Trustwave MailMarshal',
  recognise(doc) {
    return (
      doc.subject.startsWith('Undeliverable Mail: "') || (hasLine(doc, BECAUSE) && hasLine(doc, AFFECTED))
    );
  },
  read: neverThrows((doc) => readNotice(doc.lines)),
};

/** The recipients listed under "were affected", each with the reason given above them. */
function readNotice(lines: Line[]): Finding[] {
  const because = findLine(lines, BECAUSE);
  const affected = findLine(lines, AFFECTED);
  if (because < 0 || affected < because) return [];
  // The reason: the lines between the two headings.
  const reason = linesText(lines, because + 1, affected - 1);
  const info = additionalInformation(lines.slice(affected + 1));
  const found: Finding[] = [];
  for (const line of lines.slice(affected + 1)) {
    if (!line.text.trim()) {
      if (found.length) break;
      continue;
    }
    const recipient = bareAddress(line.text);
    if (!recipient) break;
    if (found.length >= MAX_RECIPIENTS) continue;
    found.push({
      recipient,
      ...(reason.text ? { diagnostic: reason.text, diagnosticRange: reason.range } : {}),
      block: { start: lines[because].start, end: lineRange(line).end },
      ...info,
    });
  }
  return found;
}

/** The remote server and the reporting host, from the "Additional Information" section. */
function additionalInformation(lines: Line[]): Pick<Finding, 'remoteHost' | 'remoteIp' | 'reportingHost'> {
  const out: Pick<Finding, 'remoteHost' | 'remoteIp' | 'reportingHost'> = {};
  for (const line of lines) {
    const m = INFO.exec(line.text.trim());
    if (!m) continue;
    if (m[1] === 'Reporting-MTA') out.reportingHost = m[2].replace(/^\[|\]$/g, '').toLowerCase();
    else Object.assign(out, remoteOf(m[2]));
  }
  return out;
}
