// Amazon WorkMail. Its bounces read like Amazon SES ones ("An error occurred while trying to
// deliver the mail to the following recipients:") with a "Technical report:" line before the
// delivery-status fields, and carry "X-Mailer: Amazon WorkMail". When a message expires, the
// diagnostic quotes the last reply of the remote server in angle brackets:
//   554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
// and that inner reply is the one the recipient's server really gave.

import type { Finding } from '../finding';
import { isWorkMail } from './amazon-ses';
import type { MailSystem } from './types';

export const amazonWorkmail: MailSystem = {
  name: 'Amazon WorkMail',
  // X-Mailer: Amazon WorkMail is on every message WorkMail sends, so the notice must be there too.
  recognise(doc) {
    const notice = doc.lines.some((l) =>
      l.text.startsWith('An error occurred while trying to deliver the mail'),
    );
    return notice && isWorkMail(doc);
  },
  read(_doc, dsn) {
    return dsn.recipients.map((d) => {
      const f: Finding = { ...d };
      const diagnostic = f.diagnostic ?? '';
      const inner = /<([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?[^<>]*>/.exec(diagnostic);
      if (inner) {
        f.replyCode = inner[1];
        if (inner[2]) {
          f.status = inner[2];
          f.statusFromReply = true; // the remote server's code, not WorkMail's own summary
        }
      }
      // WorkMail's own words for a message it stopped retrying.
      if (/\bMessage expired\b/.test(diagnostic)) f.reason = 'expired';
      return f;
    });
  },
};
