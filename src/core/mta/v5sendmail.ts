// Sendmail version 5 and the systems that kept its layout: no delivery-status part, only a
// transcript and the returned message.
//
//      ----- Transcript of session follows -----
//   While talking to mail.example.co.jp:
//   >>> RCPT To:<mikeneko@example.co.jp>
//   <<< 550 Requested User Mailbox not found. No such user here.
//   550 <mikeneko@example.co.jp>... User unknown
//   421 example.org (smtp)... Deferred: Connection timed out during user open with example.org
//
//      ----- Unsent message follows -----
//
// Each "NNN <address>... text" line is the verdict for a recipient; the server's reply since
// the previous verdict belongs to it. A line "NNN host (mailer)... text" is about a host, and
// when no recipient has a verdict, the recipient is the one the returned message was sent to.

import type { Finding } from '../finding';
import { type Line, lineEnd } from '../text/lines';
import {
  contextOf,
  findLine,
  hasLine,
  hasMarkerLine,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  originalRecipients,
  readTranscript,
  remoteOf,
  subjectMatches,
} from './common';
import { TRANSCRIPT } from './sendmail';
import type { MailSystem } from './types';

const UNSENT = /^\s*-{3,}\s*(?:Unsent message follows|No message was collected)\s*-{3,}\s*$/i;
// "421 example.org (smtp)... Deferred: …": Sendmail's verdict about a host and its mailer.
const HOST_VERDICT = /^([245]\d\d) (\S{1,255}) \([a-z0-9-]{1,20}\)\.\.\.\s*(.*)$/i;

/** "421 example.org (smtp)... Deferred: …" as a finding without its recipient; null for other lines. */
function hostVerdict(lines: readonly Line[], at: number, text: string): Finding | null {
  const m = HOST_VERDICT.exec(text);
  if (!m) return null;
  const line = lines[at];
  const from = line.text.indexOf(m[3]);
  return {
    replyCode: m[1],
    diagnostic: m[3],
    diagnosticRange: { start: line.start + from, end: lineEnd(line) },
    block: linesRange(lines, at, at),
    ...remoteOf(m[2]),
  };
}

export const v5sendmail: MailSystem = {
  name: 'Sendmail (V5)',
  originalMarkers: [UNSENT],
  recognise(doc) {
    // Modern Sendmail writes "Original message follows" and a delivery-status part.
    return (
      subjectMatches(doc, /^Returned mail: [A-Z]/) && hasLine(doc, TRANSCRIPT) && hasMarkerLine(doc, UNSENT)
    );
  },
  read: neverThrows((doc, dsn) => {
    if (dsn.recipients.length) return [];
    const lines = doc.lines;
    const start = findLine(lines, TRANSCRIPT);
    if (start < 0) return [];
    const steps = readTranscript(lines, start + 1);
    const out: Finding[] = [];
    let since = 0; // the first step after the previous verdict
    let hostNote: Finding | null = null;
    for (let index = 0; index < steps.length && out.length < MAX_RECIPIENTS; index++) {
      const step = steps[index];
      if (step.kind === 'coded' && !hostNote) hostNote = hostVerdict(lines, step.line, step.text);
      if (step.kind !== 'verdict') continue;
      // The server's reply since the previous verdict, the latest one.
      let replyAt = index - 1;
      while (replyAt >= since && steps[replyAt].kind !== 'reply') replyAt--;
      const reply = replyAt >= since ? steps[replyAt] : undefined;
      since = index + 1;
      const verdictText = step.text.replace(/^(?:[245]\d\d\s+)?<[^<>]{1,513}>\.\.\.\s*/, '');
      const line = lines[step.line];
      const finding: Finding = {
        recipient: step.address,
        diagnostic: reply?.kind === 'reply' ? `${verdictText}: ${reply.text}` : verdictText,
        diagnosticRange: { start: reply ? lines[reply.line].start : line.start, end: lineEnd(line) },
        block: linesRange(lines, reply ? reply.line : step.line, step.line),
      };
      if (reply?.kind === 'reply') {
        const context = contextOf(steps, replyAt);
        finding.replyCode = reply.code;
        finding.command = context.command;
        Object.assign(finding, context.host ? remoteOf(context.host) : {});
      }
      out.push(finding);
    }
    if (out.length) return out;
    // No verdict names a recipient: the host's verdict is about the returned message's.
    const note = hostNote;
    if (!note) return [];
    const recipients = originalRecipients(doc);
    return (recipients.length ? recipients : [null]).map((recipient) => ({ ...note, recipient }));
  }),
};
