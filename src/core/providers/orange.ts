// Orange and La Poste (France): orange.fr, wanadoo.fr, laposte.net. Replies are bilingual and end
// with a code, "OFR_416 [416]", "OFR005_505", "LPN007_416", "LPNAAA_101", "OUK_513": the last three
// digits decide, whatever the status code says (FACTS §5.15, Postmastery's OFR list).

import type { Reason } from '../types';
import type { Provider, ProviderRule } from './types';

// Code → reason. The "service refused, please try later" family (105, 107–109, 201, 423, 424)
// is Orange refusing the sending IP for now: a block, retried by the sending server.
const CODES: Readonly<Record<string, Reason>> = {
  '101': 'blocked', // source IP on a blocklist (Spamhaus link)
  '102': 'blocked', // source IP blocked for spam (Cloudmark CSI, SenderScore)
  '103': 'blocked', // service refused
  '104': 'toomanyconn', // "Trop de connexions … Too many connections, slow down"
  '105': 'blocked',
  '107': 'blocked',
  '108': 'blocked',
  '109': 'blocked',
  '201': 'blocked',
  '305': 'securityerror', // "Code d'authentification invalide"
  '401': 'authfailure', // "SPF: … is not allowed to send mail"
  '402': 'securityerror', // "Authentification requise"
  '403': 'rejected', // "Emetteur invalide. Invalid Sender."
  '405': 'rejected',
  '415': 'rejected',
  '416': 'userunknown', // "Adresse d au moins un destinataire invalide. Invalid recipient."
  '417': 'mailboxfull', // "Boite du destinataire pleine. Recipient overquota."
  '418': 'userunknown',
  '420': 'suspend', // "Boite du destinataire archivee. Archived recipient."
  '421': 'rejected', // "Mail from not owned by user"
  '423': 'blocked',
  '424': 'blocked',
  '426': 'suspend', // "Le compte du destinataire est bloque. The recipient account is blocked."
  '505': 'systemerror', // "Service refuse. Veuillez essayer plus tard." at end of DATA
  '506': 'spamdetected', // "Mail rejete. Mail rejected."
  '510': 'blocked', // refused at DATA
  '514': 'mesgtoobig', // "Taille limite du message atteinte"
  '517': 'authfailure', // "Message refused, DMARC verification Failed."
  '630': 'policyviolation', // "Client host rejected"
  '999': 'blocked', // service refused
};

const WHO: Readonly<Record<string, ProviderRule['who']>> = {
  '305': { primary: 'sender' },
  '402': { primary: 'sender' },
  '421': { primary: 'sender' },
  '630': { primary: 'senderAdmin' },
};

export const orange: Provider = {
  key: 'orange',
  id: 'orange',
  name: 'Orange / La Poste',
  // smtp-in.orange.fr, smtp.wanadoo.fr, smtpz4.laposte.net, mwinf5c04 (Orange's own server names)
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'orange.com'],
  domains: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'voila.fr'],
  markers: [/\b(?:ofr|lpn|ouk)(?:aaa|\d{3})?[_-]\d{3}\b/, /\blpn\d{3}\b/],
  rules: Object.entries(CODES).map(
    ([code, reason]): ProviderRule => ({
      // OFR_416, OFR005_505, LPN007_416, LPN105-104, LPNAAA_101, OUK_513, and the bare LPN416.
      match: new RegExp(`\\b(?:(?:ofr|lpn|ouk)(?:aaa|\\d{3})?[_-]|lpn)${code}\\b`),
      reason,
      code: `OFR ${code}`,
      ...(WHO[code] ? { who: WHO[code] } : {}),
    }),
  ),
};
