import type { ReasonPhrases } from './types';

export const toomanyconn: ReasonPhrases = {
  reason: 'toomanyconn',
  phrases: [],
};
