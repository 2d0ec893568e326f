import type { ReasonPhrases } from './types';

export const spamdetected: ReasonPhrases = {
  reason: 'spamdetected',
  phrases: [],
};
