import type { ReasonPhrases } from './types';

export const securityerror: ReasonPhrases = {
  reason: 'securityerror',
  phrases: [],
};
