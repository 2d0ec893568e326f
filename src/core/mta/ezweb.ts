// EZweb, au's (KDDI) mobile mail (Postmaster@ezweb.ne.jp or @au.com, subject "Mail System Error
// - Returned Mail"). A Japanese explanation, an English sentence saying what happened, and the
// recipients in one of three forms:
//   <kijitora@ezweb.ne.jp>                          (alone)
//   <kijitora@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
//       Recipient: <kijitora@example.com>           (with the SMTP transcript below)
//       >>> RCPT TO:<kijitora@example.com>
//       <<< 550 <kijitora@example.com>: User unknown
// The English sentences are EZweb's own statement of the reason.

import type { Doc, Range } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { type Line, lineEnd, squeeze } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

const SUBJECT = 'Mail System Error - Returned Mail';
// Sentences that open EZweb's explanation.
const EXPLAINS = [
  'Each of the following recipients was rejected by a remote',
  'The user(s) account is',
  'Your message was not delivered within',
];
const STATED: [RegExp, Reason][] = [
  [/The user\(s\) account is temporarily over quota/, 'mailboxfull'],
  [/The user\(s\) account is (?:disabled|temporarily limited)/, 'suspend'],
  [/Your message was not delivered within /, 'expired'],
];
const OWN_DOMAIN = /@(?:ezweb\.ne\.jp|au\.com)$/;

export const ezweb: MailSystem = {
  name: 'EZweb',
  recognise(doc) {
    const h = doc.headers;
    let marks = 0;
    if (/Postmaster@(?:ezweb\.ne\.jp|au\.com)/i.test(doc.from)) marks++;
    if (doc.subject.trim() === SUBJECT) marks++;
    if (
      (h.get('received') ?? []).some(
        (r) => r.includes('ezweb.ne.jp (EZweb Mail) with') || r.includes('.au.com ('),
      )
    )
      marks++;
    if (/\.(?:ezweb\.ne\.jp|au\.com)>\s*$/.test(header(h, 'message-id'))) marks++;
    if (doc.lines.some((l) => EXPLAINS.some((s) => l.text.startsWith(s)))) marks++;
    return marks >= 2;
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc): Finding[] {
  const lines = doc.lines;
  const out: Finding[] = [];
  // Recipients whose SMTP transcript EZweb shows (">>> RCPT TO:" …).
  const transcript = new Set<Finding>();
  let current: Finding | null = null;
  let replies: Line[] = [];
  const closeReplies = () => {
    if (current && replies.length) {
      const first = replies[0];
      const start = first.start + first.text.indexOf('<<<') + 3;
      const end = lineEnd(replies[replies.length - 1]);
      current.diagnostic = squeeze(replies.map((l) => l.text.replace(/^[ \t]*<<<[ \t]?/, '')).join(' '));
      current.diagnosticRange = { start: skipBlanks(doc, start), end };
      current.block = { start: current.block?.start ?? start, end };
    }
    replies = [];
  };
  for (const line of lines) {
    const t = line.text;
    const listed = /^<([^>\s]+)>:?\s*(.*)$/.exec(t) ?? /^\s+Recipient:\s*<([^>\s]+)>/.exec(t);
    const recipient = listed && cleanAddress(listed[1]);
    if (listed && recipient) {
      if (out.length >= MAX_RECIPIENTS) break;
      closeReplies();
      current = { recipient, action: 'failed', block: { start: line.start, end: lineEnd(line) } };
      const rest = listed[2]?.trim();
      if (rest) {
        // "<addr>: 550 user unknown (in reply to RCPT TO command)"
        current.diagnostic = squeeze(rest);
        current.diagnosticRange = { start: line.start + t.length - listed[2].length, end: lineEnd(line) };
        const step = /in reply to (?:end of )?([A-Z]{4})/.exec(rest);
        if (step) current.command = asCommand(step[1]);
      }
      out.push(current);
      continue;
    }
    const sent = /^\s+>>>\s*([A-Za-z]{4})/.exec(t);
    if (sent && current) {
      closeReplies();
      current.command = asCommand(sent[1]);
      transcript.add(current);
    } else if (/^\s+<<<\s/.test(t) && current) {
      replies.push(line);
    }
  }
  closeReplies();
  if (!out.length) return [];

  const paragraphs = explanation(lines);
  const said = squeeze(paragraphs.map((r) => doc.text.slice(r.start, r.end)).join(' '));
  const filtered = header(doc.headers, 'x-spasign').trim().toUpperCase() === 'NG';
  const stated = STATED.find(([re]) => re.test(said))?.[1];
  const rejected = said.includes('rejected');
  // The first paragraph explains the failure for recipients that have no reply of their own.
  const first = paragraphs[0];
  const explained = first ? squeeze(doc.text.slice(first.start, first.end)) : '';
  for (const f of out) {
    if (!f.diagnostic && first) {
      f.diagnostic = explained;
      f.diagnosticRange = first;
    }
    if (filtered) {
      // X-SPASIGN: NG — EZweb's filter refused the message.
      f.reason = 'filtered';
    } else if (stated) {
      f.reason = stated;
    } else if (transcript.has(f) && f.command === 'RCPT') {
      // The remote server refused the address itself.
      f.reason = 'userunknown';
    } else if (!transcript.has(f) && !f.command && OWN_DOMAIN.test(f.recipient ?? '') && rejected) {
      // EZweb took the message for its own user and refused it afterwards: its filter.
      f.reason = 'filtered';
    }
  }
  return out;
}

function skipBlanks(doc: Doc, at: number): number {
  let i = at;
  while (doc.text[i] === ' ' || doc.text[i] === '\t') i++;
  return i;
}

/** The English explanation: each paragraph opened by one of EZweb's sentences. */
function explanation(lines: Line[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!EXPLAINS.some((s) => lines[i].text.startsWith(s))) continue;
    let last = i;
    while (last + 1 < lines.length && /^[A-Za-z][\x20-\x7e]*$/.test(lines[last + 1].text)) last++;
    out.push({ start: lines[i].start, end: lineEnd(lines[last]) });
    i = last;
  }
  return out;
}
