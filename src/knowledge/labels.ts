// Plain-language names for what the engine reports, used wherever a verdict is put into words
// (the page, the reply to a customer, the ticket note). Longer explanations live in the
// articles (reasons/*.md, codes/*.md).

import type { Actor, Reason, SpanKind } from '../core/types';

/** What happened, as the end of "…: <label>". */
export const REASON_LABELS: Record<Reason, string> = {
  userunknown: 'the address does not exist',
  hostunknown: 'the domain does not exist or takes no mail',
  hasmoved: 'the mailbox has moved and left no forwarding address',
  notaccept: 'the domain does not accept email',
  mailboxfull: "the recipient's mailbox is full",
  suspend: "the recipient's mailbox is disabled or inactive",
  mesgtoobig: 'the message is too large',
  exceedlimit: 'the message is over the size limit for this mailbox',
  authfailure: 'the message failed sender authentication (SPF, DKIM or DMARC)',
  requireptr: "the sending server's IP address has no valid reverse DNS",
  blocked: "the sending server's IP address is blocked",
  badreputation: 'the sender has a poor reputation with the receiving service',
  spamdetected: 'the message was judged to be spam',
  virusdetected: 'the message looked like it carried malware',
  policyviolation: "the message broke the receiving organisation's policy",
  rejected: "the sender's address or domain was refused",
  norelaying: 'the receiving server would not accept mail for that domain',
  securityerror: 'a security or authentication check failed',
  failedstarttls: 'an encrypted (TLS) connection was required but failed',
  speeding: 'too many messages were sent too quickly',
  toomanyconn: 'too many connections or recipients at once',
  expired: 'the sending server gave up after retrying',
  networkerror: 'the receiving server could not be reached',
  systemerror: 'the receiving server had an internal problem',
  systemfull: 'the receiving server is out of storage',
  mailererror: "a program on the recipient's server failed",
  contenterror: 'the message format was refused',
  syntaxerror: 'the mail servers did not understand each other',
  notcompliantrfc: 'the message does not follow email format rules',
  filtered: "a filter on the recipient's side refused the message",
  suppressed: 'the sending service blocked the address because it bounced before',
  onhold: 'the reason could not be told from the text',
  undefined: 'the reason could not be told from the text',
  feedback: 'the recipient reported the message as spam or unsubscribed',
  vacation: 'the recipient sent an automatic reply',
  delivered: 'the message was delivered',
};

/** Who must act, as a short phrase for a badge and as the subject of a sentence. */
export const ACTOR_LABELS: Record<Actor, { badge: string; sentence: string }> = {
  sender: { badge: 'You (the sender)', sentence: 'you, the sender' },
  senderAdmin: {
    badge: 'Your email admin',
    sentence: 'your email admin (whoever runs your domain or mail service)',
  },
  recipient: { badge: 'The recipient', sentence: 'the recipient' },
  recipientAdmin: { badge: "The recipient's email admin", sentence: "the recipient's email admin" },
  nobody: {
    badge: 'Nobody: it will be retried',
    sentence: 'nobody for now: the sending server retries by itself',
  },
};

export const SPAN_LABELS: Record<SpanKind, string> = {
  reply: 'SMTP reply code',
  status: 'Enhanced status code',
  server: 'Server that refused the message',
  recipient: 'Recipient',
  diagnostic: "The server's own words",
};
