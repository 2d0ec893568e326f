import type { ReasonPhrases } from './types';

// The message is larger than the receiving system accepts at all.
export const mesgtoobig: ReasonPhrases = {
  reason: 'mesgtoobig',
  phrases: [
    'exceeded maximum inbound message size',
    "exceeded google's message size limits",
    'line limit exceeded',
    'max message size exceeded',
    'maximum email size exceeded',
    'message file too big',
    'message length exceeds administrative limit',
    'message size exceeds fixed limit',
    'message size exceeds fixed maximum message size',
    'message size exceeds maximum value',
    'message size exceeds the maximum',
    'message too big',
    'message too large for this ',
    'message is too large',
    'message is too big',
    'taille limite du message atteinte',
  ],
  patterns: [
    // "Mail size limit exceeded", "552 Size limit exceeded", "exceeds the size limit": the message.
    // A mailbox's or an account's size limit is a full mailbox or a sending quota instead.
    /(?<!(?:mailbox|storage|quota|disk|account|daily|sending|outbound) )size limit/,
  ],
};
