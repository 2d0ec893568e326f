// GMX, WEB.DE, mail.com and IONOS/1&1 (United Internet). Multi-line 554 replies after a
// "Nemesis ESMTP" banner, usually without an enhanced code; the last line and the c= parameter
// of the postmaster URL decide (postmaster.gmx.com/en/error-messages, FACTS §5.12).

import type { Provider } from './types';

export const gmx: Provider = {
  key: 'gmx',
  id: 'gmx',
  name: 'GMX / WEB.DE / IONOS',
  // mx00.gmx.net, mx-ha01.web.de, mx01.mail.com, mx00.kundenserver.de, mx00.ionos.de
  hosts: [
    'gmx.net',
    'gmx.com',
    'gmx.de',
    'web.de',
    'mail.com',
    'kundenserver.de',
    'ionos.de',
    'ionos.com',
    'ionos.co.uk',
    'perfora.net',
  ],
  domains: [
    'gmx.net',
    'gmx.de',
    'gmx.at',
    'gmx.ch',
    'gmx.com',
    'gmx.co.uk',
    'gmx.fr',
    'gmx.es',
    'gmx.us',
    'web.de',
    'mail.com',
  ],
  markers: [
    'nemesis esmtp',
    'postmaster.gmx',
    'postmaster.web.de',
    'postmaster.mail.com',
    'postmaster.1und1.de',
    'postmaster.ionos',
  ],
  rules: [
    // "554-Bad DNS PTR resource record. 554 For explanation visit …&c=rdns"
    { match: /(?:bad dns ptr resource record|[?&]c=rdns\b)/, reason: 'requireptr', code: 'rdns' },
    { match: 'reject due to spf policy', reason: 'authfailure' },
    // "Invalid DNS MX or A/AAAA resource record": the sender's own domain has none, even when
    // the same reply says "mailbox unavailable" (FACTS §8 T2).
    { match: 'invalid dns mx or a/aaaa resource record', reason: 'rejected' },
    { match: /(?:ip address is block ?listed|[?&]c=(?:r\d{4}|bl)\b)/, reason: 'blocked' },
    // "Reject due to policy restrictions": c=hi means the headers are implausible; otherwise the
    // sender's domain or IP reputation.
    { match: /[?&]c=hi\b/, reason: 'notcompliantrfc', code: 'hi' },
    { match: 'reject due to policy restrictions', reason: 'blocked' },
    { match: /(?:exceeded storage allocation|quota exceeded)/, reason: 'mailboxfull' },
    { match: 'requested action not taken: mailbox unavailable', reason: 'userunknown' },
    { match: 'syntax error in parameters or arguments', reason: 'syntaxerror' },
  ],
};
