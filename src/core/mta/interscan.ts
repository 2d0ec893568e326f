// Trend Micro InterScan Messaging Security Suite. From "InterScan MSS" or "InterScan
// Notification"; subject "Mail could not be delivered" (or its Japanese versions). Two layouts:
// a transcript of the failed exchange,
//
//   Sent <<< RCPT TO:<kijitora@example.co.jp>
//   Received >>> 550 5.1.1 <kijitora@example.co.jp>... user unknown
//
// or InterScan's own sentence when it gave up on the address itself:
//
//   Unable to deliver message to <kijitora@neko.example.jp> (and other recipients in the same
//   domain). Please check if address is correct.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { asCommand } from '../smtp/command';
import { lineRange, lineSlice, MAX_RECIPIENTS, neverThrows, setDiagnostic } from './common';
import type { MailSystem } from './types';

const SUBJECTS = ['Mail could not be delivered', 'メッセージを配信できません。', 'メール配信に失敗しました'];
// A transcript line: a label ("Sent", "Received", or the same words in the notice's language),
// arrows, then either the command InterScan sent or the reply it received.
const TRANSCRIPT = /^\S[^<>]{0,40}?\s(?:<<<|>>>)\s+(.*)$/;
const COMMAND = /^([A-Z]{4})\b(?:[^<]*<([^\s<>@]+@[^\s<>]+)>)?/;
const REPLY = /^\d{3}\b/;
const UNABLE = /^(?:Reason:\s+)?Unable to deliver message to <([^\s<>@]+@[^\s<>]+)>/;

export const interscan: MailSystem = {
  name: 'Trend Micro InterScan MSS',
  recognise(doc) {
    if (/"InterScan (?:MSS|Notification)"/.test(doc.from)) return true;
    const marked = doc.lines.some(
      (l) =>
        isRcptLine(l.text) || UNABLE.test(l.text) || l.text.includes('InterScan Messaging Security Suite'),
    );
    if (!marked) return false;
    if (SUBJECTS.includes(doc.subject.trim())) return true;
    // Without InterScan's subject, its name or its English transcript labels must be there.
    return doc.lines.some((l) => l.text.includes('InterScan') || l.text.startsWith('Sent <<< RCPT TO:'));
  },
  read: neverThrows(readTranscript),
};

function isRcptLine(text: string): boolean {
  const said = TRANSCRIPT.exec(text)?.[1];
  return said !== undefined && COMMAND.exec(said)?.[1] === 'RCPT';
}

function readTranscript(doc: Doc): Finding[] {
  const found = new Map<string, Finding>();
  let current: Finding | null = null;
  for (const line of doc.lines) {
    if (found.size >= MAX_RECIPIENTS) break;
    const said = TRANSCRIPT.exec(line.text)?.[1] ?? '';
    const sent = COMMAND.exec(said);
    if (sent) {
      const command = asCommand(sent[1]);
      const recipient = command === 'RCPT' ? cleanAddress(sent[2]) : null;
      if (recipient) {
        current = found.get(recipient) ?? { recipient, block: lineRange(line) };
        found.set(recipient, current);
        current.command = 'RCPT';
      } else if (current && command) {
        // A later step (DATA) that failed for the recipients accepted so far.
        current.command = command;
      }
      continue;
    }
    if (REPLY.test(said) && current) {
      setDiagnostic(current, lineSlice(line, line.text.length - said.length));
      continue;
    }
    const unable = UNABLE.exec(line.text);
    const recipient = unable && cleanAddress(unable[1]);
    if (recipient && !found.has(recipient)) {
      // InterScan says this when the address itself could not be delivered to.
      const sentence = lineSlice(line);
      found.set(recipient, {
        recipient,
        diagnostic: sentence.text,
        diagnosticRange: sentence.range,
        block: lineRange(line),
        reason: 'userunknown',
      });
    }
  }
  return [...found.values()].filter((f) => f.diagnostic);
}
