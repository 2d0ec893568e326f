// McAfee MXLogic (McAfee SaaS Email Protection). Its MTA descends from Exim and writes Exim's
// notice, but marks it with X-MX-Bounce / X-MXL-NoteHash headers and returns only the header of
// the message, after its own line:
//
//   This message was created automatically by mail delivery software.
//   ...  The following address failed:
//
//     <kijitora@example.jp>: 550 5.1.1 <kijitora@example.jp>: Recipient address rejected: ...
//
//   Included is a copy of the message header:
//   -----------------------------------------

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import type { Line } from '../text/lines';
import {
  angleHead,
  eximOwnReason,
  findLine,
  hasMarkerLine,
  headerOf,
  hostAndIp,
  linesRange,
  neverThrows,
  paragraphs,
  sliceOf,
} from './common';
import type { MailSystem } from './types';

const INTRO = 'This message was created automatically by mail delivery software';
const RETURNED = /^Included is a copy of the message header:\s*$/;
const AFTER_COMMAND = /SMTP error from remote (?:mail server|mailer) after (?:end of )?([A-Za-z]{4})\b/;

export const mxlogic: MailSystem = {
  name: 'McAfee MXLogic',
  originalMarkers: [RETURNED],
  recognise(doc) {
    for (const name of ['x-mx-bounce', 'x-mxl-hash', 'x-mxl-notehash']) if (headerOf(doc, name)) return true;
    if (doc.from.toLowerCase().includes('mxlogic.net')) return true;
    return hasMarkerLine(doc, RETURNED);
  },
  read: neverThrows((doc) => readFailures(doc.lines)),
};

/** One finding per "<recipient>: reply" paragraph of Exim's notice. */
function readFailures(lines: Line[]): Finding[] {
  const begin = findLine(lines, INTRO, 0, lines.length, 'starts');
  if (begin < 0) return [];
  const returned = findLine(lines, RETURNED, begin + 1);
  const end = returned < 0 ? lines.length : returned;
  return paragraphs(lines, (t) => angleHead(t), begin + 1, end).flatMap((p): Finding[] => {
    const recipient = cleanAddress(p.head.address);
    if (!recipient) return [];
    const reply = sliceOf(p.body, 0);
    const command = asCommand(AFTER_COMMAND.exec(reply.text)?.[1]);
    return [
      {
        recipient,
        block: linesRange(lines, p.first, p.last),
        diagnostic: reply.text,
        diagnosticRange: reply.range,
        ...(command ? { command } : {}),
        ...(hostAndIp(reply.text) ?? {}),
        reason: eximOwnReason(reply.text, command),
      },
    ];
  });
}
