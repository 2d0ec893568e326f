import type { ReasonPhrases } from './types';

export const rejected: ReasonPhrases = {
  reason: 'rejected',
  phrases: [],
};
