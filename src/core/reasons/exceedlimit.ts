import type { ReasonPhrases } from './types';

export const exceedlimit: ReasonPhrases = {
  reason: 'exceedlimit',
  phrases: [],
};
