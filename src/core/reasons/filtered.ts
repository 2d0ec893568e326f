import type { ReasonPhrases } from './types';

export const filtered: ReasonPhrases = {
  reason: 'filtered',
  phrases: [],
};
