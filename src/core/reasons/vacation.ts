import type { ReasonPhrases } from './types';

export const vacation: ReasonPhrases = {
  reason: 'vacation',
  phrases: [],
};
