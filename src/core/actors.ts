// Who usually has to act for each reason (../shared/knowledge/FACTS.md §4). A provider rule
// can name someone else for its own codes; temporary failures put "nobody" first, since the
// sending server retries by itself, and keep this actor as the one to turn to if it persists.

import type { Reason, WhoMustAct } from './types';

export const REASON_ACTORS: Readonly<Record<Reason, WhoMustAct>> = {
  userunknown: { primary: 'sender' },
  hostunknown: { primary: 'sender' },
  hasmoved: { primary: 'sender' },
  notaccept: { primary: 'sender' },
  mailboxfull: { primary: 'recipient' },
  suspend: { primary: 'recipient' },
  mesgtoobig: { primary: 'sender' },
  exceedlimit: { primary: 'sender' },
  authfailure: { primary: 'senderAdmin' },
  requireptr: { primary: 'senderAdmin' },
  blocked: { primary: 'senderAdmin' },
  badreputation: { primary: 'senderAdmin' },
  spamdetected: { primary: 'sender', secondary: 'senderAdmin' },
  virusdetected: { primary: 'sender' },
  policyviolation: { primary: 'recipientAdmin', secondary: 'sender' },
  rejected: { primary: 'senderAdmin' },
  norelaying: { primary: 'senderAdmin', secondary: 'recipientAdmin' },
  securityerror: { primary: 'senderAdmin', secondary: 'sender' },
  failedstarttls: { primary: 'senderAdmin', secondary: 'recipientAdmin' },
  speeding: { primary: 'senderAdmin' },
  toomanyconn: { primary: 'senderAdmin' },
  expired: { primary: 'recipientAdmin', secondary: 'senderAdmin' },
  networkerror: { primary: 'recipientAdmin' },
  systemerror: { primary: 'recipientAdmin' },
  systemfull: { primary: 'recipientAdmin' },
  mailererror: { primary: 'recipientAdmin' },
  contenterror: { primary: 'senderAdmin' },
  syntaxerror: { primary: 'senderAdmin' },
  notcompliantrfc: { primary: 'senderAdmin' },
  filtered: { primary: 'recipient', secondary: 'recipientAdmin' },
  suppressed: { primary: 'sender', secondary: 'senderAdmin' },
  onhold: { primary: 'senderAdmin' },
  undefined: { primary: 'senderAdmin' },
  feedback: { primary: 'sender' },
  vacation: { primary: 'nobody' },
  delivered: { primary: 'nobody' },
};

/** Reasons that mean the address itself is bad (SCHEMA.md's hard-bounce rule). */
const ALWAYS_HARD = new Set<Reason>(['userunknown', 'hostunknown', 'hasmoved']);

export function isHardBounce(reason: Reason, permanent: boolean): boolean {
  return ALWAYS_HARD.has(reason) || (reason === 'notaccept' && permanent);
}

export function whoMustAct(reason: Reason, temporary: boolean, override?: WhoMustAct): WhoMustAct {
  const actor = override ?? REASON_ACTORS[reason];
  if (!temporary || actor.primary === 'nobody') return actor;
  return { primary: 'nobody', secondary: actor.primary };
}
