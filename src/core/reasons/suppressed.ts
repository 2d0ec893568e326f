import type { ReasonPhrases } from './types';

// The sending service refused to send at all because the address is on its suppression list
// (it bounced before, unsubscribed, or complained): nothing reached the recipient's server.
export const suppressed: ReasonPhrases = {
  reason: 'suppressed',
  phrases: [
    'suppression list',
    'has suppressed sending to this address',
    'address is suppressed',
    'recipient is suppressed',
    'previously bounced address',
    'not delivering to previously bounced',
    'to a user who unsubscribed',
    'who marked your messages as spam',
    'has been marked as inactive',
    'unsubscribed address',
    'spam reporting address',
  ],
};
