// X5: an unnamed mail system that sends a plain delivery-status report, addressed to
// "NotificationRecipients", from a sender and with a subject given as encoded words that
// decode to "Mail Delivery Subsystem". Its report holds nothing beyond the delivery-status
// fields, so its findings are those fields.

import { dsnFindings, headerOf, subjectMatches } from './common';
import type { MailSystem } from './types';

export const x5: MailSystem = {
  name: 'X5',
  recognise(doc) {
    if (!headerOf(doc, 'to').includes('NotificationRecipients')) return false;
    return doc.from.includes('Mail Delivery Subsystem') || subjectMatches(doc, /Mail Delivery Subsystem/);
  },
  read(_doc, dsn) {
    return dsnFindings(dsn);
  },
};
