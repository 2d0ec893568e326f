// i.ua (Ukraine; MX *.email.ua). Refusals link to mail.i.ua/err/N/, and N is the reason.

import type { Reason } from '../types';
import type { Provider, ProviderRule } from './types';

const CODES: readonly [string, Reason][] = [
  ['1', 'norelaying'], // using the server as a mail gate is forbidden
  ['2', 'userunknown'], // user not found
  ['3', 'suspend'], // mailbox unused for more than three months ("Mailbox is frozen")
  ['4', 'mailboxfull'],
  ['5', 'toomanyconn'], // sending limit exceeded
  ['6', 'norelaying'], // use your provider's SMTP server
  ['7', 'blocked'], // wrong HELO/EHLO
  ['8', 'rejected'], // the sender address could not be verified
  ['9', 'blocked'], // the sender's IP is blacklisted
  ['10', 'filtered'], // not on the recipient's allow list
];

export const iua: Provider = {
  key: 'iua',
  id: null,
  name: 'i.ua',
  hosts: ['email.ua'],
  domains: ['i.ua', 'email.ua'],
  markers: ['mail.i.ua/err/'],
  rules: CODES.map(
    ([n, reason]): ProviderRule => ({ match: new RegExp(`\\.i\\.ua/err/${n}\\b`), reason, code: `err/${n}` }),
  ),
};
