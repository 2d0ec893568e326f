import type { ReasonPhrases } from './types';

// The receiving side refused or slowed the sender because of the poor reputation of its IP
// address or domain (its own scoring, not a named blocklist: those are `blocked`).
export const badreputation: ReasonPhrases = {
  reason: 'badreputation',
  phrases: [
    'ip/domain reputation problems',
    'poor email reputation',
    'poor reputation',
    'bad reputation',
    'low reputation',
    'ip reputation',
    'sender reputation',
    'domain reputation',
    'reputation is too low',
    // Yahoo TSS04: volume or complaint signals.
    'temporarily deferred due to unexpected volume or user complaints',
    'deferred due to user complaints',
  ],
};
