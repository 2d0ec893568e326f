import type { ReasonPhrases } from './types';

export const norelaying: ReasonPhrases = {
  reason: 'norelaying',
  phrases: [],
};
