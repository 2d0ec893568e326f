import type { ReasonPhrases } from './types';

export const userunknown: ReasonPhrases = {
  reason: 'userunknown',
  phrases: [],
};
