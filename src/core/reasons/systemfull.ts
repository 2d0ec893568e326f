import type { ReasonPhrases } from './types';

export const systemfull: ReasonPhrases = {
  reason: 'systemfull',
  phrases: [],
};
