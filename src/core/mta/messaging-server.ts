// Oracle Communications Messaging Server (formerly Sun Java System / iPlanet Messaging Server,
// PMDF). Subject "Delivery Notification: Delivery has failed" (or "... has been delayed"),
// MIME boundaries "Boundary_(ID_…)". The text part lists each recipient as an indented group:
//
//   Your message cannot be delivered to the following recipients:
//
//     Recipient address: kijitora@example.jp
//     Original address: kijitora@example.net        (when the address was rewritten)
//     Reason: Remote SMTP server has rejected address
//     Diagnostic code: smtp;550 5.1.1 <kijitora@example.jp>... User Unknown
//     Remote system: dns;mx.example.jp (TCP|192.0.2.1|47323|192.0.2.225|25) (mx ESMTP)
//
// A delay notice has no diagnostic code; its history lines say what went wrong, as in
// "TCP active open: Failed connect() to TCP port 25 of 192.0.2.240".

import type { Doc } from '../doc';
import { type DsnReport, readDsn } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import {
  hasLine,
  headerOf,
  lineRange,
  lineSlice,
  linesAfterReport,
  MAX_RECIPIENTS,
  neverThrows,
  type PhraseTable,
  reasonFromPhrases,
  setDiagnostic,
} from './common';
import type { MailSystem } from './types';

const INTRO = /^This report relates to a message you sent with the following header fields:$/;
const FIELD = /^\s+(Recipient address|Original address|Reason|Diagnostic code|Remote system):\s*(.*)$/i;
// "(TCP|our address|our port|their address|their port)" after the remote host's name.
const SESSION = /\(TCP\|[^|)\s]*\|\d+\|([0-9A-Fa-f.:]+)\|\d+\)/;
const FAILED_CONNECT = /Failed connect\(\) to TCP port \d+ of ([0-9A-Fa-f.:]+)/;

// The one category the server states in its own words.
const STATED: PhraseTable = [['hostunknown', ['Illegal host/domain name found']]];

export const messagingServer: MailSystem = {
  name: 'Oracle Communications Messaging Server',
  recognise(doc) {
    if (headerOf(doc, 'content-type').includes('Boundary_(ID_')) return true;
    if (doc.subject.startsWith('Delivery Notification: ')) return true;
    return hasLine(doc, INTRO);
  },
  read: neverThrows(readGroups),
};

/** One finding per "Recipient address:" group, filled in from the fields indented under it. */
function readGroups(doc: Doc, dsn: DsnReport): Finding[] {
  const lines = doc.lines;
  const begin = lines.findIndex((l) => INTRO.test(l.text) || l.text.startsWith('Your message '));
  if (begin < 0) return [];
  const found: Finding[] = [];
  let f: Finding | null = null;
  let lastConnect: string | null = null;

  for (let i = begin; i < lines.length; i++) {
    const line = lines[i];
    const connect = FAILED_CONNECT.exec(line.text);
    if (connect) lastConnect = connect[1];
    const m = FIELD.exec(line.text);
    if (!m) continue;
    const name = m[1].toLowerCase();
    const value = m[2].trim();
    const valueAt = line.text.length - m[2].length;
    if (name === 'recipient address') {
      f = { block: lineRange(line) };
      if (found.length < MAX_RECIPIENTS) found.push(f);
      // "@relay:user@host" is a source route; the address that matters is its last part.
      f.recipient = value.length > 320 ? null : cleanAddress(value.slice(value.lastIndexOf(':') + 1));
      continue;
    }
    if (!f?.block) continue;
    f.block.end = lineRange(line).end;
    if (name === 'original address') {
      // The address the sender wrote, before the server rewrote it for delivery.
      if (value.length <= 320) f.recipient = cleanAddress(value) ?? f.recipient;
    } else if (name === 'reason') {
      const stated = reasonFromPhrases(value, STATED);
      if (stated) f.reason = stated;
      if (!f.diagnostic) setDiagnostic(f, lineSlice(line, valueAt));
    } else if (name === 'diagnostic code') {
      // "smtp;550 5.1.1 …": the type, then the text.
      const typed = /^([A-Za-z0-9-]+);\s*(.*)$/.exec(value);
      if (typed) f.diagnosticType = typed[1].toUpperCase();
      setDiagnostic(f, lineSlice(line, typed ? valueAt + value.length - typed[2].length : valueAt));
    } else if (name === 'remote system') {
      // "mx." (a name cut short) says nothing; only a full host name is kept.
      const host = /^dns;\s*([^\s(]+)/i.exec(value)?.[1] ?? '';
      if (host.includes('.') && !host.endsWith('.')) f.remoteHost = host.toLowerCase();
      const session = SESSION.exec(value);
      if (session) f.remoteIp = session[1];
    }
  }
  for (const r of found) if (!r.remoteIp && !r.remoteHost && lastConnect) r.remoteIp = lastConnect;
  return withLaterStatus(
    doc,
    dsn,
    found.filter((r) => r.recipient),
  );
}

/**
 * A paste of a delay notice may show the returned message before the delivery-status part, so
 * the Status and Action fields fall outside the report zone; read them there for the same
 * recipients.
 */
function withLaterStatus(doc: Doc, dsn: DsnReport, found: Finding[]): Finding[] {
  if (dsn.recipients.length) return found;
  const rest = linesAfterReport(doc);
  if (!rest.length) return found;
  const later = readDsn({ ...doc, lines: rest });
  for (const f of found) {
    const d = later.recipients.find((r) => r.recipient === f.recipient || r.alias === f.recipient);
    if (!d) continue;
    f.status ??= d.status;
    f.action ??= d.action;
    if (d.block) f.alsoIn = [d.block];
  }
  return found;
}
