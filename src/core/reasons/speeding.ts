import type { ReasonPhrases } from './types';

export const speeding: ReasonPhrases = {
  reason: 'speeding',
  phrases: [],
};
