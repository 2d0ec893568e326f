// Yahoo! Mail's own failure notice (subject "Failure Notice", header X-YMailISG): "Sorry, we
// were unable to deliver your message to the following address.", then per recipient
// "<address>:" and the remote reply, either "Remote host said: 550 5.1.1 … [RCPT_TO]" on one
// line or spread over several ("Remote host said:" / the reply / "[RCPT_TO]"), or a bare
// reply whose code ends in a colon ("550: 5.2.2 …"), or Yahoo's own words ("No mx record
// found for domain=…"). The returned message follows "--- Below this line is a copy of the
// message.".

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { type Line, lineEnd, squeeze } from '../text/lines';
import { MAX_RECIPIENTS, neverThrows, runEnd } from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*Sorry, we were unable to deliver your message to the following address/i;
const RECIPIENT = /^\s*<([^\s<>@]{1,384}@[^\s<>]{1,255})>:\s*$/;
const SAID = /^\s*Remote host said:\s*/i;
// "[RCPT_TO]", "[DATA]": the SMTP step, at the end of the reply or on a line of its own.
const STEP = /^\[([A-Z]{4})[A-Z_]{0,8}\]$/;

function recognise(doc: Doc): boolean {
  if (doc.headers.has('x-ymailisg')) return true;
  return doc.lines.some((l) => l.text.length <= 400 && INTRO.test(l.text));
}

function read(doc: Doc): Finding[] {
  const lines = doc.lines;
  const start = lines.findIndex((l) => l.text.length <= 400 && INTRO.test(l.text));
  if (start < 0) return [];
  const found: Finding[] = [];
  for (let i = start + 1; i < lines.length && found.length < MAX_RECIPIENTS; i++) {
    const m = lines[i].text.length <= 700 ? RECIPIENT.exec(lines[i].text) : null;
    if (!m) continue;
    // The recipient's lines run to the next blank line or the next recipient.
    const last = runEnd(lines, i, (next) => next.length <= 700 && RECIPIENT.test(next));
    found.push(readRecipient(doc, cleanAddress(m[1]), lines[i], lines.slice(i + 1, last + 1)));
    i = last;
  }
  return found;
}

function readRecipient(doc: Doc, recipient: string | null, head: Line, block: Line[]): Finding {
  const last = block.length ? block[block.length - 1] : head;
  const f: Finding = { recipient, action: 'failed', block: { start: head.start, end: lineEnd(last) } };
  // The reply: the block without the "Remote host said:" label and the step tag.
  let start = -1;
  let end = -1;
  for (const line of block) {
    const t = line.text;
    const said = SAID.exec(t);
    const from = said ? said[0].length : t.length - t.trimStart().length;
    const tail = t.trimEnd();
    const open = tail.endsWith(']') ? tail.lastIndexOf('[') : -1;
    const step = open >= 0 ? STEP.exec(tail.slice(open)) : null;
    if (step) f.command = asCommand(step[1]) ?? f.command;
    const to = step ? t.slice(0, open).trimEnd().length : tail.length;
    if (to <= from) continue;
    if (start < 0) start = line.start + from;
    end = line.start + to;
  }
  if (start < 0) return f;
  f.diagnostic = squeeze(doc.text.slice(start, end));
  f.diagnosticRange = { start, end };
  const code = /^([245]\d\d)(?=[\s:-]|$)/.exec(f.diagnostic);
  if (code) f.replyCode = code[1];
  // A reply quoting the address ("<user@example.jp>... User Unknown") answers RCPT TO.
  // (The local part stops at the first "@", so a run of "a@a@…" is not split every way.)
  if (!f.command && /<[^\s<>@]{1,384}@[^\s<>]{1,255}>/.test(f.diagnostic)) f.command = 'RCPT';
  return f;
}

export const yahoo: MailSystem = {
  name: 'Yahoo! Mail',
  originalMarkers: [/^\s*--- Below this line is a copy of the message\.?\s*$/i],
  recognise,
  read: neverThrows(read),
};
