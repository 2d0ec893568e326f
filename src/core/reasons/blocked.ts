import type { ReasonPhrases } from './types';

export const blocked: ReasonPhrases = {
  reason: 'blocked',
  phrases: [],
};
