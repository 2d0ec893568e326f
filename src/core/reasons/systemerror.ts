import type { ReasonPhrases } from './types';

export const systemerror: ReasonPhrases = {
  reason: 'systemerror',
  phrases: [],
};
