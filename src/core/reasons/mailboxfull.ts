import type { ReasonPhrases } from './types';

export const mailboxfull: ReasonPhrases = {
  reason: 'mailboxfull',
  phrases: [],
};
