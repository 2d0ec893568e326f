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
import { isBlank, type Line, lineEnd } from '../text/lines';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const UNABLE = /^Unable to deliver message to:\s*<([^\s<>@]+@[^\s<>]+)>/;
const REASON = 'Delivery failed for the following reason:';
// "host[ip] responded with failure: <reply>" or "Server host[ip] failed with: <reply>".
const SERVER_SAID =
  /^(?:Server\s+)?([A-Za-z0-9][\w.-]*)\[([0-9A-Fa-f.:]+)\]\s+(?:responded with failure|failed with):\s*/;

export const mailfoundry: MailSystem = {
  name: 'MailFoundry',
  recognise(doc) {
    if ((doc.headers.get('received') ?? []).some((r) => r.includes('(MAILFOUNDRY) id'))) return true;
    return doc.lines.some((l) => UNABLE.test(l.text)) && doc.lines.some((l) => l.text.trim() === REASON);
  },
  read(doc) {
    try {
      return readFailures(doc.lines);
    } catch {
      return [];
    }
  },
};

function readFailures(lines: Line[]): Finding[] {
  const found: Finding[] = [];
  let current: Finding | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const unable = UNABLE.exec(line.text);
    const recipient = unable && cleanAddress(unable[1]);
    if (recipient) {
      current = { recipient, block: { start: line.start, end: lineEnd(line) } };
      if (found.length < MAX_RECIPIENTS) found.push(current);
      continue;
    }
    if (!current?.block || line.text.trim() !== REASON) continue;
    // The reason runs to the next blank line.
    let end = i + 1;
    while (end + 1 < lines.length && !isBlank(lines[end + 1]) && !UNABLE.test(lines[end + 1].text)) end++;
    const first = lines[i + 1];
    if (!first || isBlank(first)) continue;
    let text = lines
      .slice(i + 1, end + 1)
      .map((l) => l.text.trim())
      .join(' ');
    let start = first.start + first.text.length - first.text.trimStart().length;
    const server = SERVER_SAID.exec(text);
    if (server && server[0].length <= first.text.trim().length) {
      current.remoteHost = server[1].toLowerCase();
      current.remoteIp = server[2];
      text = text.slice(server[0].length);
      start += server[0].length;
    }
    current.diagnostic = text;
    current.diagnosticRange = { start, end: lines[end].start + lines[end].text.trimEnd().length };
    current.block.end = lineEnd(lines[end]);
    i = end;
  }
  // "This has been a permanent failure. No further delivery attempts will be made."
  if (lines.some((l) => l.text.startsWith('This has been a permanent failure')))
    for (const f of found) f.action = 'failed';
  return found;
}
