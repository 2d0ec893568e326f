// Yandex Mail (mx.yandex.ru, mx.yandex.net). Wording from Yandex's "Non-delivery to Yandex" help
// page (FACTS §5.14); spam refusals carry a ya.cc short link.

import type { Provider } from './types';

export const yandex: Provider = {
  key: 'yandex',
  id: 'yandex',
  name: 'Yandex Mail',
  hosts: ['yandex.ru', 'yandex.net', 'yandex.com'],
  domains: [
    'yandex.ru',
    'yandex.com',
    'ya.ru',
    'yandex.by',
    'yandex.kz',
    'yandex.ua',
    'yandex.com.tr',
    'narod.ru',
  ],
  markers: ['https://ya.cc/', 'yandex.ru/support/mail', 'yandex.com/support/mail'],
  rules: [
    { match: 'message rejected under suspicion of spam', reason: 'spamdetected' },
    // Only spam came from this source, so it is blocked for 24 hours.
    { match: 'blocked by spam statistics', reason: 'blocked' },
    // "550 5.7.1 Policy rejection on the target address": the recipient's account is blocked for
    // a terms-of-service violation; the recipient can unblock it.
    { match: 'policy rejection on the target address', reason: 'suspend' },
    { match: 'no such user', reason: 'userunknown' },
    { match: 'mailbox size limit exceeded', reason: 'mailboxfull' },
    {
      match: 'the recipient has exceeded message rate limit',
      reason: 'speeding',
      who: { primary: 'sender' },
    },
    { match: /(?:spf check failed|dmarc)/, reason: 'authfailure' },
    // "451 4.7.1 Sorry, the service is currently unavailable. Please come back later."
    { match: 'the service is currently unavailable', reason: 'systemerror' },
  ],
};
