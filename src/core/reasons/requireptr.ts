import type { ReasonPhrases } from './types';

export const requireptr: ReasonPhrases = {
  reason: 'requireptr',
  phrases: [],
};
