import type { ReasonPhrases } from './types';

export const expired: ReasonPhrases = {
  reason: 'expired',
  phrases: [],
};
