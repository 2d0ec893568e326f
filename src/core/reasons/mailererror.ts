import type { ReasonPhrases } from './types';

export const mailererror: ReasonPhrases = {
  reason: 'mailererror',
  phrases: [],
};
