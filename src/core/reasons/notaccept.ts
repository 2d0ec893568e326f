import type { ReasonPhrases } from './types';

export const notaccept: ReasonPhrases = {
  reason: 'notaccept',
  phrases: [],
};
