import type { ReasonPhrases } from './types';

export const suppressed: ReasonPhrases = {
  reason: 'suppressed',
  phrases: [],
};
