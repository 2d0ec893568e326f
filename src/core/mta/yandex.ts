// Yandex (mailer-daemon@yandex.ru, X-Yandex-* headers). Its server is Postfix-based: a Russian
// notice ("Это письмо отправлено почтовым сервером yandex.ru."), then "This is the mail system
// at host yandex.ru.", one paragraph per recipient and a delivery-status part:
//   <kijitora@example.jp>: host mx.example.jp[192.0.2.153] said: 550
//       5.1.1 <kijitora@example.jp>... User Unknown (in reply to RCPT TO command)
// The delivery-status fields give codes and the reply; the paragraph adds the server and the
// SMTP step.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { findCommand } from '../smtp/command';
import { lineEnd, squeeze } from '../text/lines';
import { MAX_RECIPIENTS, neverThrows, runEnd } from './common';
import type { MailSystem } from './types';

const ENGLISH = /^This is the mail system at host [\w.-]*yandex\./;
const RUSSIAN = /почтовым сервером\s+[\w.-]*yandex\./i;
const SERVER = /(?:host|connect to)\s+([^\s[\]]+)\[([0-9A-Fa-f:.]+)\](?::\d+)?(?:\s+said:)?:?\s*/;

export const yandex: MailSystem = {
  name: 'Yandex',
  recognise(doc) {
    // X-Yandex-* fields are on every message Yandex receives; its daemon's address is not.
    if (/mailer-daemon@yandex\./i.test(doc.from)) return true;
    return doc.lines.some(
      (l) => ENGLISH.test(l.text) || RUSSIAN.test(l.text) || l.text.startsWith('X-Yandex-Queue-ID:'),
    );
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  const paragraphs = new Map<string, Finding>();
  for (let i = 0; i < lines.length && paragraphs.size < MAX_RECIPIENTS; i++) {
    const m = /^<([^>\s]+)>:\s/.exec(lines[i].text);
    const recipient = m && cleanAddress(m[1]);
    if (!recipient) continue;
    const last = runEnd(lines, i, (next) => /^<[^>\s]+>:/.test(next));
    const start = lines[i].start;
    const end = lineEnd(lines[last]);
    const block = doc.text.slice(start, end);
    const f: Finding = { recipient, block: { start, end }, command: findCommand(squeeze(block)) };
    let from = start + m[0].length;
    const server = SERVER.exec(block);
    if (server) {
      f.remoteHost = server[1].toLowerCase();
      f.remoteIp = server[2];
      if (block.slice(server.index, server.index + 4) === 'host')
        from = start + server.index + server[0].length;
    }
    f.diagnostic = squeeze(doc.text.slice(from, end));
    f.diagnosticRange = { start: from, end };
    paragraphs.set(recipient, f);
    i = last;
  }
  const found = dsn.recipients.map((d) => {
    const p = d.recipient ? paragraphs.get(d.recipient) : undefined;
    if (!p) return { ...d };
    paragraphs.delete(d.recipient ?? '');
    // The delivery-status reply stands; the paragraph fills the rest.
    return {
      ...p,
      ...d,
      command: d.command ?? p.command,
      remoteHost: d.remoteHost ?? p.remoteHost,
      remoteIp: d.remoteIp ?? p.remoteIp,
      diagnostic: d.diagnostic ?? p.diagnostic,
      diagnosticRange: d.diagnostic ? d.diagnosticRange : p.diagnosticRange,
      block: p.block,
      alsoIn: d.block ? [d.block] : [],
    };
  });
  return [...found, ...paragraphs.values()];
}
