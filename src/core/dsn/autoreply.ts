// Auto-replies (RFC 3834): out-of-office and vacation answers. Not a delivery failure: reason
// "vacation". Only a reply that says it is one counts — "auto-generated" notices (list
// welcomes, quota warnings) are not vacation replies.

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { header } from '../message/headers';
import { cleanAddress } from '../smtp/address';
import { squeeze } from '../text/lines';

const AUTO_SUBJECT =
  /^\s*(?:auto(?:matic)?[ -]?(?:reply|response)|auto:|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|automatisch antwoord|automatisk svar|自動応答|自動返信)/i;
const SYSTEM_SENDER = /(?:^|[<\s])(?:root|postmaster|mailer-daemon)@/i;

export function isAutoReply(doc: Doc): boolean {
  const h = doc.headers;
  if (SYSTEM_SENDER.test(doc.from)) return false;
  if (/^auto-replied/i.test(header(h, 'auto-submitted'))) return true;
  if (/^vacation$/i.test(header(h, 'x-apple-action'))) return true;
  if (/^auto_reply$/i.test(header(h, 'precedence'))) return true;
  if (/^(?:yes|true)$/i.test(header(h, 'x-autoreply')) || h.has('x-autorespond')) return true;
  return AUTO_SUBJECT.test(doc.subject);
}

export function readAutoReply(doc: Doc): Finding[] {
  const who = cleanAddress(doc.from) ?? cleanAddress(header(doc.headers, 'return-path'));
  const firstLines = doc.lines
    .map((l) => l.text.trim())
    .filter((t) => t.includes(' '))
    .slice(0, 5)
    .join(' ');
  return [{ recipient: who, reason: 'vacation', status: '', diagnostic: squeeze(firstLines || doc.subject) }];
}
