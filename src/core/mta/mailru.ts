// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const mailru: MailSystem = {
  name: 'mailru',
  recognise: () => false,
  read: () => [],
};
