import type { ReasonPhrases } from './types';

export const badreputation: ReasonPhrases = {
  reason: 'badreputation',
  phrases: [],
};
