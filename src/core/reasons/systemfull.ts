import type { ReasonPhrases } from './types';

// The receiving system as a whole is out of storage.
export const systemfull: ReasonPhrases = {
  reason: 'systemfull',
  phrases: [
    'mail system full',
    'requested mail action aborted: exceeded storage allocation',
    'insufficient system storage',
  ],
};
