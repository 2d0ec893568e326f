import type { ReasonPhrases } from './types';

export const hasmoved: ReasonPhrases = {
  reason: 'hasmoved',
  phrases: [],
};
