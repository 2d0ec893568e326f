// SendGrid's own bounce (sent from apps@sendgrid.net, "Undelivered Mail Returned to Sender"):
// "This is an automatically generated message from SendGrid.", then one summary line per
// recipient, then a delivery-status part. The summary line names the server and the step:
//   kijitora:000000:<kijitora@example.jp> : 192.0.2.250 : mx.example.jp:[192.0.2.153] : 550 5.1.1 <…>... User Unknown  in RCPT TO
//   kijitora:00000:<kijitora@example.org> : Connection timed out in connect
// "Action: expired" means SendGrid stopped retrying.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { lineEnd } from '../text/lines';
import { MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

const START = 'This is an automatically generated message from SendGrid.';
// "<addr> : <our ip> : <host>:[<ip>] : <reply> in <step>" — the host part is optional.
const SUMMARY = /^[^\s:]+:[^\s:]*:<([^>\s]+)>\s*:\s*(.*)$/;
const SERVER = /^[\d.:a-fA-F]+\s*:\s*([^\s:[]+):\[([\d.:a-fA-F]+)\]\s*:\s*/;
const STEP = /\bin\s+(?:end of\s+)?(RCPT TO|MAIL FROM|DATA|EHLO|HELO|connect)\s*$/i;

export const sendgrid: MailSystem = {
  name: 'SendGrid',
  recognise(doc) {
    if (header(doc.headers, 'return-path').trim() === '<apps@sendgrid.net>') return true;
    return doc.lines.some((l) => l.text.startsWith(START) || l.text.startsWith('X-SendGrid-QueueID:'));
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc, dsn: DsnReport): Finding[] {
  const summaries = new Map<string, Finding>();
  const lines = doc.lines;
  for (let i = 0; i < lines.length && summaries.size < MAX_RECIPIENTS; i++) {
    let line = lines[i];
    const m = SUMMARY.exec(line.text);
    const recipient = m && cleanAddress(m[1]);
    if (!m || !recipient) continue;
    const f: Finding = { recipient, block: { start: line.start, end: lineEnd(line) } };
    let rest = m[2];
    let offset = line.text.length - rest.length;
    const server = SERVER.exec(rest);
    if (server) {
      f.remoteHost = server[1].toLowerCase();
      f.remoteIp = server[2];
      rest = rest.slice(server[0].length);
      offset += server[0].length;
    }
    // A long reply may be wrapped onto the next, indented line.
    if (!rest.trim() && /^\s+\S/.test(lines[i + 1]?.text ?? '')) {
      line = lines[++i];
      rest = line.text.trimStart();
      offset = line.text.length - rest.length;
      f.block = { start: f.block?.start ?? line.start, end: lineEnd(line) };
    }
    const step = STEP.exec(rest);
    if (step) {
      f.command = asCommand(step[1].split(' ')[0]);
      rest = rest.slice(0, step.index);
    }
    f.diagnostic = rest.trim();
    f.diagnosticRange = { start: line.start + offset, end: line.start + offset + rest.trimEnd().length };
    summaries.set(recipient, f);
  }
  const found: Finding[] = dsn.recipients.map((d) => {
    const f: Finding = { ...d };
    const s = d.recipient ? summaries.get(d.recipient) : undefined;
    if (s) {
      f.command ??= s.command;
      f.remoteHost ??= s.remoteHost;
      f.remoteIp ??= s.remoteIp;
      if (!f.diagnostic) {
        f.diagnostic = s.diagnostic;
        f.diagnosticRange = s.diagnosticRange;
      }
      f.alsoIn = [...(f.alsoIn ?? []), ...(s.block ? [s.block] : [])];
      summaries.delete(d.recipient ?? '');
    }
    if (f.fields?.action?.trim().toLowerCase() === 'expired') f.reason = 'expired';
    return f;
  });
  // Recipients only the summary lists (a paste without the delivery-status part).
  return [...found, ...summaries.values()];
}
