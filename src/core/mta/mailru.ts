// Mail.Ru (mailer-daemon@corp.mail.ru, Message-Id …@*.mail.ru). Its server is Exim: a Russian
// notice ("Это письмо создано автоматически сервером Mail.Ru …"), then Exim's English text
// "This message was created automatically by mail delivery software." listing each recipient
// indented by two spaces with its error below, indented by four:
//   kijitora@example.jp
//     SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>:
//     host mx.example.jp [192.0.2.222]: 550 5.2.2 <kijitora@example.jp>... Mailbox Full
// Both parts list the same recipients; the English one is read. Errors without a remote server
// are Exim's own sentences, which name the reason themselves.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { findCommand } from '../smtp/command';
import { lineEnd, squeeze } from '../text/lines';
import {
  EXIM_EXPIRED,
  EXIM_PHRASES,
  failedRecipients,
  MAX_RECIPIENTS,
  neverThrows,
  reasonFromPhrases,
  runEnd,
} from './common';
import type { MailSystem } from './types';

const ENGLISH = 'This message was created automatically by mail delivery software.';
const RUSSIAN = /сервером\s+Mail\.Ru/i;
const COPY_MARKER = /^-{6} This is a copy of the message, including all the headers\. -{6}$/;
// "host mx.example.jp [192.0.2.222]: " before the remote server's reply.
const HOST = /host\s+([^\s[\]]+)\s+\[([0-9A-Fa-f:.]+)\]:?\s*/;

export const mailru: MailSystem = {
  name: 'Mail.ru',
  originalMarkers: [COPY_MARKER],
  recognise(doc) {
    const from = doc.from.toLowerCase();
    if (/mailer-daemon@(?:[\w-]+\.)*mail\.ru\b/.test(from)) return true;
    if (
      /[.@](?:mail\.ru|smailru\.net)>\s*$/i.test(header(doc.headers, 'message-id')) &&
      from.includes('mailer-daemon')
    )
      return true;
    return doc.lines.some((l) => RUSSIAN.test(l.text));
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc): Finding[] {
  const lines = doc.lines;
  let begin = lines.findIndex((l) => l.text.startsWith(ENGLISH));
  if (begin < 0) begin = lines.findIndex((l) => RUSSIAN.test(l.text));
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (let i = Math.max(begin, 0); i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const recipient = addressLine(lines[i].text);
    if (!recipient) continue;
    // The error: the following, deeper-indented lines.
    const last = runEnd(lines, i, (next) => !/^[ \t]{3,}\S/.test(next));
    if (seen.has(recipient)) {
      i = last;
      continue;
    }
    seen.add(recipient);
    out.push(
      readError(doc, recipient, lines[i].start, i < last ? lines[i + 1].start : -1, lineEnd(lines[last])),
    );
    i = last;
  }
  if (!out.length) {
    // No listing: the header Exim adds for the failed addresses.
    for (const recipient of failedRecipients(doc)) out.push({ recipient, action: 'failed' });
  }
  return out;
}

/** An address standing alone on a line indented by one or two blanks, as Exim lists recipients. */
function addressLine(text: string): string | null {
  const indent = text.length - text.trimStart().length;
  const token = text.trim();
  if (indent < 1 || indent > 2 || !token.includes('@') || /\s/.test(token)) return null;
  return /\.[A-Za-z]+$/.test(token) ? cleanAddress(token) : null;
}

function readError(
  doc: Doc,
  recipient: string,
  blockStart: number,
  errorStart: number,
  end: number,
): Finding {
  const f: Finding = { recipient, action: 'failed', block: { start: blockStart, end } };
  if (errorStart < 0) return f;
  const error = doc.text.slice(errorStart, end);
  f.command = findCommand(error);
  let start = errorStart;
  const host = HOST.exec(error);
  if (host) {
    f.remoteHost = host[1].toLowerCase();
    f.remoteIp = host[2];
    start = errorStart + host.index + host[0].length;
  }
  while (start < end && /\s/.test(doc.text[start])) start++;
  f.diagnostic = squeeze(doc.text.slice(start, end));
  f.diagnosticRange = { start, end };
  if (!host) {
    // No remote server spoke: Exim's own sentence names the reason, a given-up retry first.
    const said = reasonFromPhrases(error, EXIM_EXPIRED) ?? reasonFromPhrases(error, EXIM_PHRASES);
    if (said) f.reason = said;
    // "retry timeout exceeded": Exim stopped retrying after temporary failures only, so the
    // failure itself was a soft one.
    if (error.includes('retry timeout exceeded')) f.permanent = false;
  }
  return f;
}
