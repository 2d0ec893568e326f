import type { ReasonPhrases } from './types';

export const failedstarttls: ReasonPhrases = {
  reason: 'failedstarttls',
  phrases: [],
};
