// Amazon SES receiving: a bounce sent by a receipt rule's Bounce action, from
// inbound-smtp.<region>.amazonaws.com. "This message could not be delivered." then a standard
// delivery-status part whose Diagnostic-Code is the rule's template text ("550 5.1.1 Mailbox
// does not exist"); the codes and wording say everything, so the fields are read as they are.

import type { Doc } from '../doc';
import { dsnFindings } from './common';
import type { MailSystem } from './types';

const START = 'This message could not be delivered.';

export const receivingSes: MailSystem = {
  name: 'Amazon SES (receiving)',
  recognise(doc) {
    if (!doc.lines.some((l) => l.text.startsWith(START))) return false;
    const h = doc.headers;
    if (h.has('x-ses-outgoing') || /amazonses\.com\b/i.test(doc.from)) return true;
    return reportingAws(doc);
  },
  read(_doc, dsn) {
    return dsnFindings(dsn);
  },
};

function reportingAws(doc: Doc): boolean {
  return doc.lines.some((l) => /^Reporting-MTA:\s*dns;\s*inbound-smtp\.[\w.-]*amazonaws\.com/i.test(l.text));
}
