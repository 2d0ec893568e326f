import type { ReasonPhrases } from './types';

// A recipient-side filter refused the message (a personal block or allow list, a rule, an
// inactive-mailbox filter). The address may be valid.
export const filtered: ReasonPhrases = {
  reason: 'filtered',
  phrases: [
    'because the recipient is only accepting mail from specific email addresses',
    'due to extended inactivity new mail is not currently being accepted for this mailbox',
    'has restricted sms e-mail',
    'is not accepting any mail',
    'message rejected due to user rules',
    'not found recipient account',
    'refused due to recipient preferences',
    'resolver.rst.notauthorized',
    'this account is protected by',
    'user not found',
    'user reject',
    'we failed to deliver mail because the following address recipient id refuse to receive mail',
    'you have been blocked by the recipient',
    'mail is rejected by recipients',
  ],
};
