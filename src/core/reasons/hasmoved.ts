import type { ReasonPhrases } from './types';

// The mailbox has moved and no forwarding is set up ("user has been replaced by new@example").
export const hasmoved: ReasonPhrases = {
  reason: 'hasmoved',
  phrases: [' has been replaced by ', 'recipient no longer on server'],
};
