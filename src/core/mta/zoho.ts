// Zoho Mail (mailer-daemon@mail.zoho.com, X-ZohoMail header). After "This message was created
// automatically by mail delivery software." it lists each recipient on one line:
//   shironeko@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: …
// and in a delay warning ("THIS IS A WARNING MESSAGE ONLY.", "Message will be retried …"):
//   [Status: Error, Address: <kijitora@example.co.jp>, ResponseCode 421, , Host not reachable.]
// "Host not reachable" is Zoho's own word that it could not reach the server and gave up or
// will give up: an expiry. The returned message follows "Received:from … by mx.zohomail.com".

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { lineEnd, squeeze } from '../text/lines';
import { MAX_RECIPIENTS, neverThrows, runEnd } from './common';
import type { MailSystem } from './types';

const START = 'This message was created automatically by mail delivery';
const STATUS_LINE = /^\[Status:[^\]]*?Address:\s*<([^>\s]+)>/;
const CODE = /(?:ERROR_CODE\s*:\s*|ResponseCode\s+)([245]\d\d)\b/;

export const zoho: MailSystem = {
  name: 'Zoho Mail',
  originalMarkers: [/^Received:\s*from\s+\S+\s+by\s+mx\.zohomail\.com\b/i],
  recognise(doc) {
    // X-ZohoMail is on every message Zoho sends, so the report's own sentence must be there too.
    if (!doc.lines.some((l) => l.text.startsWith(START))) return false;
    if (doc.headers.has('x-zohomail') || /mailer-daemon@(?:[\w-]+\.)*zoho\.com/i.test(doc.from)) return true;
    // Exim writes the same first sentence; Zoho's recipient lines are its own.
    return doc.lines.some((l) => l.text.includes('ERROR_CODE :') || STATUS_LINE.test(l.text));
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc): Finding[] {
  const lines = doc.lines;
  const begin = lines.findIndex((l) => l.text.startsWith(START));
  if (begin < 0) return [];
  const delayed = isWarning(doc);
  const out: Finding[] = [];
  for (let i = begin + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const text = lines[i].text;
    const bracket = STATUS_LINE.exec(text);
    const token = firstWord(text);
    // A header field of the returned message ("To:<a@b>") is not a recipient line.
    const listed = token.includes('@') && !/^[\w-]+:/.test(token);
    const recipient = cleanAddress(bracket ? bracket[1] : listed ? token : '');
    if (!recipient) continue;
    // The error follows the address on its line (and any lines wrapped after it).
    const first = lines[i].start;
    let start = bracket ? first + 1 : first + token.length;
    // It runs to a blank line, the next address, or a header field of the returned message.
    i = runEnd(lines, i, (next) => firstWord(next).includes('@') || /^[\w-]+:\S/.test(next));
    let end = lineEnd(lines[i]);
    // "user@example.com, ERROR_CODE :550, …": the separator is not part of the error.
    while (start < end && /[\s,;:]/.test(doc.text[start])) start++;
    if (bracket && doc.text[end - 1] === ']') end--;
    const diagnostic = squeeze(doc.text.slice(start, end));
    const f: Finding = {
      recipient,
      action: delayed ? 'delayed' : 'failed',
      diagnostic,
      diagnosticRange: { start, end },
      block: { start: first, end },
    };
    const code = CODE.exec(diagnostic);
    if (code) f.replyCode = code[1];
    if (/Host not reachable/i.test(diagnostic)) f.reason = 'expired';
    out.push(f);
  }
  return out;
}

/** The text up to the first white space ('' when the line starts with it). */
const firstWord = (text: string): string => /^\S*/.exec(text)?.[0] ?? '';

function isWarning(doc: Doc): boolean {
  const subject = doc.subject || header(doc.headers, 'subject');
  if (/\(Delay\)/i.test(subject)) return true;
  return doc.lines.some(
    (l) =>
      l.text.startsWith('THIS IS A WARNING MESSAGE ONLY') || l.text.startsWith('Message will be retried'),
  );
}
