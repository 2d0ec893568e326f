import type { ReasonPhrases } from './types';

export const syntaxerror: ReasonPhrases = {
  reason: 'syntaxerror',
  phrases: [],
};
