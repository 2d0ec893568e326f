import type { ReasonPhrases } from './types';

export const notcompliantrfc: ReasonPhrases = {
  reason: 'notcompliantrfc',
  phrases: [],
};
