import type { ReasonPhrases } from './types';

export const policyviolation: ReasonPhrases = {
  reason: 'policyviolation',
  phrases: [],
};
