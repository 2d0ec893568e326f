// MailFoundry. Subject "Message delivery has failed", a "(MAILFOUNDRY) id" Received line:
//
//   Unable to deliver message to: <kijitora@example.org>
//   Delivery failed for the following reason:
//   mail.example.org[192.0.2.222] responded with failure: 552 sorry, mailbox ... (#5.1.1)
//
//   This has been a permanent failure. No further delivery attempts will be made.
//
// (older versions: "Server mx.example.org[192.0.2.222] failed with: 550 ...").

import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, type Line } from '../text/lines';
import {
  findLine,
  hasLine,
  headersOf,
  joinLines,
  lineRange,
  MAX_RECIPIENTS,
  neverThrows,
  runEnd,
  setDiagnostic,
  sliceOf,
} from './common';
import type { MailSystem } from './types';

const UNABLE = /^Unable to deliver message to:\s*<([^\s<>@]+@[^\s<>]+)>/;
const REASON = /^\s*Delivery failed for the following reason:\s*$/;
// "host[ip] responded with failure: <reply>" or "Server host[ip] failed with: <reply>".
const SERVER_SAID =
  /^(?:Server\s+)?([A-Za-z0-9][\w.-]*)\[([0-9A-Fa-f.:]+)\]\s+(?:responded with failure|failed with):\s*/;
const PERMANENT = 'This has been a permanent failure';

export const mailfoundry: MailSystem = {
  name: 'MailFoundry',
  recognise(doc) {
    if (headersOf(doc, 'received').some((r) => r.includes('(MAILFOUNDRY) id'))) return true;
    return hasLine(doc, UNABLE) && hasLine(doc, REASON);
  },
  read: neverThrows((doc) => readFailures(doc.lines)),
};

function readFailures(lines: Line[]): Finding[] {
  const found: Finding[] = [];
  let current: Finding | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const unable = UNABLE.exec(line.text);
    const recipient = unable && cleanAddress(unable[1]);
    if (recipient) {
      current = { recipient, block: lineRange(line) };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      continue;
    }
    if (!current || !REASON.test(line.text) || i + 1 >= lines.length || isBlank(lines[i + 1])) continue;
    // The reason runs to the next blank line (or the next recipient).
    const end = runEnd(lines, i + 1, (t) => UNABLE.test(t));
    const reason = joinLines(lines, i + 1, end);
    // "host[ip] responded with failure:" names the server; the reply after it is the diagnostic.
    const server = SERVER_SAID.exec(reason.text);
    if (server) {
      current.remoteHost = server[1].toLowerCase();
      current.remoteIp = server[2];
    }
    setDiagnostic(current, sliceOf(reason, server ? server[0].length : 0));
    i = end;
  }
  // "This has been a permanent failure. No further delivery attempts will be made."
  if (findLine(lines, PERMANENT, 0, lines.length, 'starts') >= 0) for (const f of found) f.action = 'failed';
  return found;
}
