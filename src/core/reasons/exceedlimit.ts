import type { ReasonPhrases } from './types';

// The message exceeds a limit of this mailbox or of the administrator (X.2.3), rather than the
// system's overall size limit.
export const exceedlimit: ReasonPhrases = {
  reason: 'exceedlimit',
  phrases: ['message header size exceeds limit', 'message too large'],
};
