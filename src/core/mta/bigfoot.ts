// Bigfoot (bigfoot.com, a mail-forwarding service). Its servers write Sendmail-style reports:
// "The original message was received at … from LITEMAIL00.bigfoot.com [192.0.2.64]", the
// failed addresses, a session transcript (">>> RCPT TO:<…>", "<<< 553 …") and a
// delivery-status part. The fields give codes and the reply; the transcript gives the step.

import type { Finding } from '../finding';
import { asCommand } from '../smtp/command';
import type { MailSystem } from './types';

export const bigfoot: MailSystem = {
  name: 'Bigfoot',
  // Mail forwarded by Bigfoot carries its Received fields too, so the report itself must name a
  // bigfoot.com server.
  recognise(doc) {
    return doc.lines.some(
      (l) =>
        /^Reporting-MTA:\s*dns;\s*[\w.-]+\.bigfoot\.com\s*$/i.test(l.text) ||
        /^from [\w.-]+\.bigfoot\.com \[/i.test(l.text),
    );
  },
  read(doc, dsn) {
    // The last command sent in the transcript is the one the server refused.
    let command: Finding['command'] = null;
    for (const line of doc.lines) {
      const sent = /^>>>\s*([A-Za-z]{4})\b/.exec(line.text);
      if (sent) command = asCommand(sent[1]) ?? command;
    }
    return dsn.recipients.map((d) => ({ ...d, command: d.command ?? command }));
  },
};
