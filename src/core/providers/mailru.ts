// Mail.ru (mxs.mail.ru; also bk.ru, list.ru, inbox.ru, internet.ru). Its spam refusals point to
// help.mail.ru/notspam-support with an error code and ID (FACTS §5.13).

import type { Provider } from './types';

export const mailru: Provider = {
  key: 'mailru',
  id: 'mailru',
  name: 'Mail.ru',
  hosts: ['mail.ru'],
  domains: ['mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'internet.ru', 'mail.ua'],
  markers: ['help.mail.ru', 'corp.mail.ru'],
  rules: [
    // Outbound: the sender's Mail.ru account is held, often after a suspected compromise. Before
    // the recipient's "account is disabled", which these words contain.
    { match: 'message sending for this account is disabled', reason: 'rejected', who: { primary: 'sender' } },
    { match: 'spam message rejected', reason: 'spamdetected' },
    // "550 Message was not accepted -- invalid mailbox. Local mailbox … is unavailable: account is disabled"
    { match: 'account is disabled', reason: 'suspend' },
    { match: /(?:dmarc policy|postmaster\/dmarc)/, reason: 'authfailure' },
    { match: /(?:invalid mailbox|user not found)/, reason: 'userunknown' },
  ],
};
