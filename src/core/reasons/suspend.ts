import type { ReasonPhrases } from './types';

export const suspend: ReasonPhrases = {
  reason: 'suspend',
  phrases: [],
};
