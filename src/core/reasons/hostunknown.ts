import type { ReasonPhrases } from './types';

export const hostunknown: ReasonPhrases = {
  reason: 'hostunknown',
  phrases: [],
};
