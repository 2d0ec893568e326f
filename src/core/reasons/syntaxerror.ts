import type { ReasonPhrases } from './types';

// The sending client broke the protocol (an unknown command, bad arguments). Mostly decided by
// a 50x reply code in classify.ts rather than by wording.
export const syntaxerror: ReasonPhrases = {
  reason: 'syntaxerror',
  phrases: [],
};
