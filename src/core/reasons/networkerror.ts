import type { ReasonPhrases } from './types';

export const networkerror: ReasonPhrases = {
  reason: 'networkerror',
  phrases: [],
};
