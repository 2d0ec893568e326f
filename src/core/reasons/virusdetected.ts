import type { ReasonPhrases } from './types';

export const virusdetected: ReasonPhrases = {
  reason: 'virusdetected',
  phrases: [],
};
