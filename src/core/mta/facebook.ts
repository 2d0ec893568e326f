// Facebook's mail servers (from "Facebook <mailer-daemon@mx.facebook.com>", subject "Sorry,
// your message could not be delivered"): "This message was created automatically by
// Facebook.", a sentence about the failure, and a delivery-status part whose Diagnostic-Code
// carries Facebook's own response code, "550 5.1.1 RCP-P2 http://postmaster.facebook.com/
// response_codes…". Those codes (Facebook's published list) name the category themselves.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import type { Reason } from '../types';
import type { MailSystem } from './types';

const INTRO = /^\s*This message was created automatically by Facebook\.?\s*$/i;

// Facebook's response codes: area (RCP recipient, MSG message, POL policy, DNS, CON
// connection, INT internal), P permanent or T temporary, and a number.
const CODES: Readonly<Record<string, Reason>> = {
  'RCP-P1': 'userunknown', // the recipient address does not exist
  'INT-P1': 'userunknown',
  'INT-P3': 'userunknown', // the recipient group does not exist
  'INT-P4': 'userunknown',
  'RCP-P2': 'filtered', // the recipient's preferences refuse the message
  'RCP-P3': 'filtered', // the recipient's privacy settings refuse it
  'POL-P1': 'blocked', // the sending IP is on the Spamhaus PBL
  'POL-P2': 'blocked', // mail from the sending IP is no longer accepted
  'MSG-P1': 'mesgtoobig',
  'INT-P2': 'mesgtoobig',
  'MSG-P2': 'contenterror', // an attachment type Facebook does not accept
  'MSG-P3': 'contenterror', // a header field that may appear once appears several times
  'POL-P6': 'contenterror', // a blocked URL
  'POL-P7': 'contenterror', // against Facebook's abuse policies
  'POL-P3': 'notaccept',
  'POL-P4': 'notaccept',
  'POL-T1': 'notaccept',
  'POL-T2': 'notaccept',
  'POL-T3': 'notaccept',
  'DNS-P1': 'rejected', // the MAIL FROM domain does not exist
  'DNS-P2': 'rejected', // the MAIL FROM domain has no MX record
  'DNS-T1': 'rejected',
  'DNS-P3': 'rejected', // the sending server has no reverse DNS
  'DNS-T2': 'rejected',
  'CON-T1': 'systemerror',
  'RCP-T1': 'systemerror',
  'CON-T2': 'toomanyconn',
  'CON-T3': 'toomanyconn',
  'POL-P5': 'virusdetected',
  'RCP-T4': 'suspend', // the recipient address is deactivated
};

function recognise(doc: Doc): boolean {
  if (/mailer-daemon@mx\.facebook\.com/i.test(doc.from)) return true;
  return doc.lines.some((l) => l.text.length <= 200 && INTRO.test(l.text));
}

function read(_doc: Doc, dsn: DsnReport): Finding[] {
  return dsn.recipients.map((d) => {
    const f: Finding = { recipient: d.recipient };
    const code = /\b([A-Z]{3})-([PT])(\d{1,2})\b/.exec(d.diagnostic ?? '');
    if (code) {
      const key = `${code[1]}-${code[2]}${code[3]}`;
      // Temporary internal problems (INT-T…) are Facebook's own trouble.
      f.reason = CODES[key] ?? (code[1] === 'INT' && code[2] === 'T' ? 'systemerror' : undefined);
    }
    return f;
  });
}

export const facebook: MailSystem = {
  name: 'Facebook',
  recognise,
  read,
};
