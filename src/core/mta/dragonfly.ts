// DragonFly Mail Agent (dma, mail.c bounce()). A notice reads:
//
//   This is the DragonFly Mail Agent v0.13 at df.example.jp.
//
//   There was an error delivering your mail to <kijitora@example.com>.
//
//   email.example.jp [192.0.2.25] did not like our RCPT TO:
//   552 5.2.2 <kijitora@example.com>: Recipient address rejected: Mailbox full
//
//   Original message follows.
//
// One recipient per notice. The error is either the remote server's reply, after a line
// naming the host and the step it refused ("did not like our RCPT TO:", "… our final DATA:"),
// or dma's own words ("Could not deliver for the last 432000 seconds. Giving up.").

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import {
  commandWord,
  findLine,
  hasLine,
  linesRange,
  linesText,
  neverThrows,
  remoteOf,
  unquoted,
  unwrapReply,
} from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*This is the DragonFly Mail Agent\b/;
const RECIPIENT = /^\s*There was an error delivering your mail to <([^<>\s@]{1,256}@[^<>\s]{1,256})>\./;
const FOLLOWS = /^\s*(?:Message headers follow|Original message follows)\.\s*$/;
// "mx.example [192.0.2.1] did not like our RCPT TO:" (net.c), the host and the refused step.
const REFUSED = /^\s*(\S{1,255}) \[([0-9A-Fa-f.:]{3,45})\] did not like our ([A-Za-z ]{3,20}?):\s*$/;
const GAVE_UP = /^Could not deliver for the last \d+ seconds\. Giving up\./;

export const dragonfly: MailSystem = {
  name: 'DragonFly Mail Agent',
  originalMarkers: [FOLLOWS],
  recognise(doc) {
    return hasLine(doc, INTRO);
  },
  read: neverThrows((doc) => {
    const lines = unquoted(doc.lines);
    const at = findLine(lines, RECIPIENT);
    if (at < 0) return [];
    const recipient = cleanAddress(RECIPIENT.exec(lines[at].text)?.[1]);
    let end = findLine(lines, FOLLOWS, at + 1);
    if (end < 0) end = lines.length;
    let first = at + 1;
    while (first < end && !lines[first].text.trim()) first++;
    let last = end - 1;
    while (last > first && !lines[last].text.trim()) last--;
    const finding: Finding = { recipient, block: linesRange(lines, at, Math.max(at, last)) };
    if (first > last || first >= end) return [finding];

    const refused = REFUSED.exec(lines[first].text);
    const text = linesText(lines, refused ? first + 1 : first, last);
    finding.diagnostic = refused ? unwrapReply(text.text) : text.text;
    finding.diagnosticRange = text.range;
    if (refused) {
      Object.assign(finding, remoteOf(refused[1]), {
        remoteIp: refused[2],
        command: commandWord(refused[3]),
        diagnosticType: 'SMTP',
      });
    } else if (GAVE_UP.test(text.text)) {
      finding.reason = 'expired';
    }
    return [finding];
  }),
};
