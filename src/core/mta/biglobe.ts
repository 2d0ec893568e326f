// BIGLOBE (postmaster@biglobe.ne.jp, and the cable operators it serves: inacatv, tmtv, ttv;
// subject "Returned mail: …"):
//      ----- The following addresses had delivery problems -----
//   kijitora@example.jp
//
//      ----- Non-delivered information -----
//   The number of messages in recipient's mailbox exceeded the local limit.
// The text under "Non-delivered information" is BIGLOBE's own statement of the reason.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

const ADDRESSES = /^\s*-+ The following addresses had delivery problems -+\s*$/;
const INFORMATION = /^\s*-+ Non-delivered information -+\s*$/;
const STATED: [string, Reason][] = [
  ["The number of messages in recipient's mailbox exceeded the local limit.", 'mailboxfull'],
  // BIGLOBE writes this when its filter refused the message, whatever the address.
  ['Mail Delivery Failed... User unknown', 'filtered'],
];

export const biglobe: MailSystem = {
  name: 'BIGLOBE',
  recognise(doc) {
    if (!doc.lines.some((l) => ADDRESSES.test(l.text))) return false;
    if (/postmaster@(?:biglobe|inacatv|tmtv|ttv)\.ne\.jp/i.test(doc.from)) return true;
    return doc.lines.some((l) => INFORMATION.test(l.text));
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc): Finding[] {
  const lines = doc.lines;
  const begin = lines.findIndex((l) => ADDRESSES.test(l.text));
  if (begin < 0) return [];
  const out: Finding[] = [];
  let i = begin + 1;
  for (; i < lines.length && !INFORMATION.test(lines[i].text); i++) {
    const token = lines[i].text.trim();
    const recipient = token.includes('@') && !/\s/.test(token) ? cleanAddress(token) : null;
    if (recipient && out.length < MAX_RECIPIENTS)
      out.push({ recipient, action: 'failed', block: { start: lines[i].start, end: lineEnd(lines[i]) } });
  }
  // The information: the lines after its heading, up to the next heading or blank line.
  const info: Line[] = [];
  for (let j = i + 1; j < lines.length && lines[j].text.trim() !== '' && !/^\s*-{5}/.test(lines[j].text); j++)
    info.push(lines[j]);
  if (info.length) {
    const range = { start: info[0].start, end: lineEnd(info[info.length - 1]) };
    const diagnostic = squeeze(doc.text.slice(range.start, range.end));
    const stated = STATED.find(([phrase]) => diagnostic.includes(phrase))?.[1];
    for (const f of out) {
      f.diagnostic = diagnostic;
      f.diagnosticRange = range;
      if (stated) f.reason = stated;
    }
  }
  return out;
}
