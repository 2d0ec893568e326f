// PowerMTA (subject "Delivery report"): "Hello, this is the mail server on <host>.", a list of
// the affected recipients, then a delivery-status part that adds, per recipient,
//   X-PowerMTA-BounceCategory: bad-mailbox
// PowerMTA's own classification of the failure, which names the reason.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { type Line, lineEnd } from '../text/lines';
import type { Reason } from '../types';
import { MAX_RECIPIENTS, neverThrows } from './common';
import type { MailSystem } from './types';

const HELLO = 'Hello, this is the mail server on ';

// PowerMTA's bounce categories that map onto a reason. "other", "bad-connection",
// "protocol-errors" and "bad-configuration" say too little and are left to the reply.
const CATEGORIES: Record<string, Reason> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
  'virus-related': 'virusdetected',
  'relaying-issues': 'norelaying',
  'invalid-sender': 'rejected',
  'content-related': 'contenterror',
};

export const powermta: MailSystem = {
  name: 'PowerMTA',
  recognise(doc) {
    return doc.lines.some(
      (l) => l.text.includes(HELLO) || /^X-PowerMTA-(?:VirtualMTA|BounceCategory):/i.test(l.text),
    );
  },
  read: neverThrows(readReport),
};

function readReport(doc: Doc, dsn: DsnReport): Finding[] {
  // The category line belongs to the recipient whose fields it follows.
  const categories = new Map<string, string>();
  let recipient: string | null = null;
  for (const line of doc.lines) {
    const final = /^Final-Recipient:\s*(.*)$/i.exec(line.text);
    if (final) recipient = cleanAddress(final[1].replace(/^[\w-]+\s*;/, ''));
    const category = /^X-PowerMTA-BounceCategory:\s*(\S+)/i.exec(line.text);
    if (category && recipient) categories.set(recipient, category[1].toLowerCase());
  }
  const found = dsn.recipients.map((d) => {
    const f: Finding = { ...d };
    const category = d.recipient ? categories.get(d.recipient) : undefined;
    if (category) {
      f.fields = { ...f.fields, 'x-powermta-bouncecategory': category };
      if (CATEGORIES[category]) f.reason = CATEGORIES[category];
      // A mailbox category with status X.2.1, which RFC 3463 and PowerMTA's own Status comment
      // call "mailbox disabled, not accepting messages": the mailbox exists but is disabled.
      if (/mailbox$/.test(category) && /^[45]\.2\.1$/.test(f.status ?? '')) f.reason = 'suspend';
    }
    return f;
  });
  return found.length ? found : listed(doc.lines);
}

/**
 * Without the delivery-status part, the recipients the greeting lists:
 *   <kijitora@example.jp>  delivery failed; will not continue trying
 */
function listed(lines: Line[]): Finding[] {
  const begin = lines.findIndex((l) => l.text.includes(HELLO));
  if (begin < 0) return [];
  const out: Finding[] = [];
  for (let i = begin + 1; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
    const line = lines[i];
    const m = /^\s+<([^>\s]+)>\s+(\S.*)$/.exec(line.text);
    const recipient = m && cleanAddress(m[1]);
    if (!m || !recipient) continue;
    const start = lineEnd(line) - m[2].length;
    const end = line.start + line.text.trimEnd().length;
    out.push({
      recipient,
      action: /\bdelayed\b|will continue trying/i.test(m[2]) ? 'delayed' : 'failed',
      diagnostic: m[2].trim(),
      diagnosticRange: { start, end },
      block: { start: line.start, end },
    });
  }
  return out;
}
