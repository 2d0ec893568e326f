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
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { isBlank, type Line, lineEnd } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS } from './common';
import type { MailSystem } from './types';

const RETURNED = /^Included is a copy of the message header:\s*$/;
const RECIPIENT = /^\s*<([^\s<>@]+@[^\s<>]+)>:\s*(.*)$/;
const AFTER_COMMAND = /SMTP error from remote (?:mail server|mailer) after (?:end of )?([A-Za-z]{4})\b/;
const REMOTE = /\bhost\s+([A-Za-z0-9][\w.-]*)\s+\[([0-9A-Fa-f.:]+)\]:\s/;

// Exim's own wording for the failures it decides itself (not a remote server's reply).
const STATED: [string, Reason][] = [
  ['user not found', 'userunknown'],
  ['all host address lookups failed permanently', 'hostunknown'],
  ['all relevant MX records point to non-existent hosts', 'hostunknown'],
  ['Unrouteable address', 'hostunknown'],
  ['mailbox is full', 'mailboxfull'],
  ['error: quota exceed', 'mailboxfull'],
  ['an MX or SRV record indicated no SMTP service', 'notaccept'],
  ['no host found for existing SMTP connection', 'notaccept'],
  ['angle-brackets nested too deep', 'syntaxerror'],
  ['expected word or "<"', 'syntaxerror'],
  ['domain missing in source-routed address', 'syntaxerror'],
  ['malformed address:', 'syntaxerror'],
  ['delivery to file forbidden', 'systemerror'],
  ['delivery to pipe forbidden', 'systemerror'],
  ['local delivery failed', 'systemerror'],
  ['LMTP error after ', 'systemerror'],
  ['Too many "Received" headers', 'contenterror'],
  ['retry timeout exceeded', 'expired'],
  ['retry time not reached for any host after a long failure period', 'expired'],
  ['all hosts have been failing for a long time and were last tried', 'expired'],
  ['has been frozen', 'expired'],
  ['was frozen on arrival by ', 'expired'],
];

export const mxlogic: MailSystem = {
  name: 'McAfee MXLogic',
  originalMarkers: [RETURNED],
  recognise(doc) {
    for (const name of ['x-mx-bounce', 'x-mxl-hash', 'x-mxl-notehash'])
      if (header(doc.headers, name)) return true;
    if (doc.from.toLowerCase().includes('mxlogic.net')) return true;
    // The marker line, when present, is where the report zone ends.
    const marker = doc.text.slice(doc.reportEnd, doc.reportEnd + 60).split('\n')[0];
    return RETURNED.test(marker) || doc.lines.some((l) => RETURNED.test(l.text));
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
  const begin = lines.findIndex((l) =>
    l.text.startsWith('This message was created automatically by mail delivery software'),
  );
  if (begin < 0) return [];
  const found: Finding[] = [];
  for (let i = begin + 1; i < lines.length; i++) {
    if (RETURNED.test(lines[i].text)) break;
    const m = RECIPIENT.exec(lines[i].text);
    const recipient = m && cleanAddress(m[1]);
    if (!m || !recipient) continue;
    // The reply runs on until a blank line or the next address.
    let end = i;
    while (
      end + 1 < lines.length &&
      !isBlank(lines[end + 1]) &&
      !RECIPIENT.test(lines[end + 1].text) &&
      !RETURNED.test(lines[end + 1].text)
    )
      end++;
    const line = lines[i];
    const start = lineEnd(line) - m[2].length;
    const stop = lines[end].start + lines[end].text.trimEnd().length;
    const text = [m[2], ...lines.slice(i + 1, end + 1).map((l) => l.text)].map((x) => x.trim()).join(' ');
    const f: Finding = {
      recipient,
      diagnostic: text,
      diagnosticRange: { start, end: stop },
      block: { start: line.start, end: stop },
    };
    const command = AFTER_COMMAND.exec(text);
    if (command) f.command = asCommand(command[1]);
    const remote = REMOTE.exec(text);
    if (remote) {
      f.remoteHost = remote[1].toLowerCase();
      f.remoteIp = remote[2];
    }
    const stated = STATED.find(([phrase]) => text.includes(phrase));
    if (stated) f.reason = stated[1];
    if (found.length < MAX_RECIPIENTS) found.push(f);
    i = end;
  }
  return found;
}
