// Verizon Wireless' gateways for mail to phones, two notices:
//   vzwpix.com (picture/MMS gateway, from sysadmin@…vzwpix.com, subject "Undeliverable
//     Message"): "Message could not be delivered to mobile." / "Error: No valid recipients
//     for this MM", then "Original Message:" with From/To/Subject/Date lines — the To line
//     is the recipient;
//   vtext.com (SMS gateway, from post_master@vtext.com): "Error: …", "Message details:" with
//     indented "MAIL FROM:" and "RCPT TO:" lines, and the reply as "550 - Requested action
//     not taken: no such user here".

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { lineEnd, squeeze } from '../text/lines';
import { lineSlice, MAX_RECIPIENTS, neverThrows, type PhraseTable, reasonFromPhrases } from './common';
import type { MailSystem } from './types';

const MMS_INTRO = /^\s*Message could not be delivered to mobile\.?\s*$/i;
const ERROR = /^\s*Error:\s*/i;
const RCPT_TO = /^\s+RCPT TO:\s*(\S{3,320})\s*$/i;
const DASHED_REPLY = /^\s*([245]\d\d) - \S/;

// Verizon's own wording, each naming its category.
const OWN_WORDING: PhraseTable = [
  ['userunknown', ['No valid recipients for this MM', 'Requested action not taken: no such user here']],
];

function recognise(doc: Doc): boolean {
  const short = doc.lines.filter((l) => l.text.length <= 400);
  if (short.some((l) => MMS_INTRO.test(l.text))) return true;
  // The vtext layout ("Message details:", "RCPT TO:") is Apache James's own, which the
  // gateway runs: only Verizon's sender address makes it Verizon's.
  const fromGateway = /(?:@|\.)(?:vtext|vzwpix)\.com\b/i.test(doc.from);
  return fromGateway && short.some((l) => RCPT_TO.test(l.text)) && short.some((l) => ERROR.test(l.text));
}

function read(doc: Doc): Finding[] {
  const lines = doc.lines.filter((l) => l.text.length <= 2000);
  // The diagnostic: the dashed reply of the SMS gateway, else the "Error:" line.
  const reply = lines.find((l) => DASHED_REPLY.test(l.text));
  const error = lines.find((l) => ERROR.test(l.text));
  let diagnostic: Pick<Finding, 'diagnostic' | 'diagnosticRange' | 'replyCode'> = {};
  if (reply) {
    const said = lineSlice(reply);
    diagnostic = {
      diagnostic: squeeze(said.text),
      diagnosticRange: said.range,
      replyCode: said.text.slice(0, 3),
    };
  } else if (error) {
    const label = ERROR.exec(error.text)?.[0].length ?? 0;
    diagnostic = {
      diagnostic: squeeze(error.text.slice(label)),
      diagnosticRange: { start: error.start + label, end: lineEnd(error) },
    };
  }
  const reason = reasonFromPhrases(diagnostic.diagnostic ?? '', OWN_WORDING);

  const recipients: { address: string; start: number; end: number }[] = [];
  for (const l of lines) {
    const m = RCPT_TO.exec(l.text);
    const address = m ? cleanAddress(m[1]) : null;
    if (address && recipients.length < MAX_RECIPIENTS)
      recipients.push({ address, start: l.start, end: lineEnd(l) });
  }
  if (!recipients.length) recipients.push(...originalTo(doc));
  return recipients.map((r) => ({
    recipient: r.address,
    action: 'failed',
    block: { start: r.start, end: r.end },
    ...diagnostic,
    reason,
  }));
}

/** The To line under "Original Message:", wherever the report zone ended. */
function originalTo(doc: Doc): { address: string; start: number; end: number }[] {
  const marker = doc.text.search(/^[ \t]*Original Message:[ \t]*$/im);
  if (marker < 0) return [];
  // One quantifier over the value (trimmed afterwards): "[ \t]*(.+)" would try every split of
  // a long run of blanks. A value longer than a header line is no address.
  const re = /^To:(.{1,1000})$/gm;
  re.lastIndex = marker;
  const m = re.exec(doc.text);
  const address = m ? cleanAddress(m[1].trim()) : null;
  return m && address ? [{ address, start: m.index, end: m.index + m[0].length }] : [];
}

export const verizon: MailSystem = {
  name: 'Verizon Wireless',
  recognise,
  read: neverThrows(read),
};
