import type { ReasonPhrases } from './types';

// An out-of-office reply, not a failure.
export const vacation: ReasonPhrases = {
  reason: 'vacation',
  phrases: [
    'i am away on vacation',
    'i am away until',
    'i am out of the office',
    'i will be traveling for work on',
  ],
};
