// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const sendmail: MailSystem = {
  name: 'sendmail',
  recognise: () => false,
  read: () => [],
};
