import type { ReasonPhrases } from './types';

export const authfailure: ReasonPhrases = {
  reason: 'authfailure',
  phrases: [],
};
