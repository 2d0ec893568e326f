import type { ReasonPhrases } from './types';

export const mesgtoobig: ReasonPhrases = {
  reason: 'mesgtoobig',
  phrases: [],
};
