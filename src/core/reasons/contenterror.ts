import type { ReasonPhrases } from './types';

export const contenterror: ReasonPhrases = {
  reason: 'contenterror',
  phrases: [],
};
