// 1&1 / IONOS (mailer-daemon@kundenserver.de, "Mail Delivery System"). The United Internet
// layout GMX uses too (see gmx.ts), with the address written bare and the error after "For the
// following reason:", or on one line naming the server:
//   xxxx@example.fr:
//   SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 …
// ("TEXT" is the message body, after DATA.)

import { neverThrows } from './common';
import { hasOriginalMarker, readUnitedInternet, UI_ORIGINAL, UI_START } from './gmx';
import type { MailSystem } from './types';

export const einsundeins: MailSystem = {
  name: '1&1 / IONOS',
  originalMarkers: [UI_ORIGINAL],
  recognise(doc) {
    const sender = /@(?:[\w-]+\.)*(?:kundenserver|1and1|ionos)\.(?:de|com|net|fr|es|co\.uk)\b/i.test(
      doc.from,
    );
    if (!doc.lines.some((l) => l.text.startsWith(UI_START))) return false;
    return sender || hasOriginalMarker(doc);
  },
  read: neverThrows(readUnitedInternet),
};
