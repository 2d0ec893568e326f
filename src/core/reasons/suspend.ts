import type { ReasonPhrases } from './types';

// The mailbox exists but is disabled, suspended or inactive: it may come back, so it is not
// treated as an unknown address.
export const suspend: ReasonPhrases = {
  reason: 'suspend',
  phrases: [
    ' is currently suspended',
    ' temporary locked',
    'boite du destinataire archivee',
    'email account that you tried to reach is disabled',
    'email account that you tried to reach is inactive',
    'has been suspended',
    'invalid/inactive user',
    'is a deactivated mailbox',
    'mailbox currently suspended',
    'mailbox is frozen',
    'mailbox unavailable or access denied',
    'recipient rejected: temporarily inactive',
    'recipient suspend the service',
    'this account has been disabled or discontinued',
    'this mailbox is disabled',
    'has been blocked due to inactivity',
    'blocked due to inactivity',
    'account is disabled',
    'account has been disabled',
    'user suspended',
    'this account has been temporarily suspended',
    'archived inactive mailbox',
    'inactive account',
    'is unavailable: user is terminated',
    'user or domain is disabled',
    'vdelivermail: account is locked email bounced',
    'policy rejection on the target address',
  ],
  // The sender's own account, not the recipient's mailbox.
  unless: ['sending for this account is disabled'],
};
