// AOL Mail (before it moved onto Yahoo's systems): an HTML notice "Email Returned … We were
// unable to deliver your message to the following address <address> because: Mailbox is
// full", signed "AOL Inc.", with a standard delivery-status part that names each recipient
// and an AOL reporting server ("omr-m09.mx.aol.com"). AOL's outbound relays also send
// Postfix-style reports with X-Outbound-Mail-Relay-* fields. The delivery-status part holds
// what there is to read; the notice's "because:" line stands in when a paste lost it.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';
import { cleanAddress } from '../smtp/address';
import { isBlank, lineEnd, squeeze } from '../text/lines';
import { neverThrows, type PhraseTable, reasonFromPhrases } from './common';
import type { MailSystem } from './types';

const INTRO = /^\s*We were unable to deliver your message to the following address/i;
// "© AOL Inc.", an AOL reporting server, or the fields of AOL's outbound relays.
const AOL_SIGN = /\bAOL Inc\.|^\s*Reporting-MTA:\s*dns;\s*\S+\.mx\.aol\.com\b|^\s*X-Outbound-Mail-Relay-/i;

// AOL's own wording, each naming its category.
const OWN_WORDING: PhraseTable = [
  ['hostunknown', ['Host or domain name not found']],
  ['notaccept', ['type=MX: Malformed or unexpected name server reply']],
];

// AOL adds X-AOL-IP to whatever mail it receives, so the header alone only says the report
// reached an AOL mailbox; the report itself must come from AOL too.
function recognise(doc: Doc): boolean {
  const short = doc.lines.filter((l) => l.text.length <= 400);
  if (!doc.headers.has('x-aol-ip') && !short.some((l) => INTRO.test(l.text))) return false;
  return short.some((l) => AOL_SIGN.test(l.text));
}

function read(doc: Doc, dsn: DsnReport): Finding[] {
  if (dsn.recipients.length) {
    return dsn.recipients.map((d) => ({
      recipient: d.recipient,
      reason: reasonFromPhrases(d.diagnostic ?? '', OWN_WORDING),
    }));
  }
  return readNotice(doc);
}

/** The notice alone: the address on the line after the intro, the cause after "because:". */
function readNotice(doc: Doc): Finding[] {
  const lines = doc.lines;
  const at = lines.findIndex((l) => l.text.length <= 400 && INTRO.test(l.text));
  if (at < 0) return [];
  let recipient: string | null = null;
  for (let i = at + 1; i < lines.length && i < at + 8; i++) {
    if (isBlank(lines[i])) continue;
    const t = lines[i].text;
    if (!recipient) {
      recipient = cleanAddress(t);
      if (recipient) continue;
    }
    const because = /^\s*because:\s*/i.exec(t);
    if (because && recipient) {
      const start = lines[i].start + because[0].length;
      return [
        {
          recipient,
          action: 'failed',
          diagnostic: squeeze(t.slice(because[0].length)),
          diagnosticRange: { start, end: lineEnd(lines[i]) },
        },
      ];
    }
  }
  return recipient ? [{ recipient, action: 'failed' }] : [];
}

export const aol: MailSystem = {
  name: 'AOL Mail',
  recognise,
  read: neverThrows(read),
};
