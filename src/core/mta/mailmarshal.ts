// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const mailmarshal: MailSystem = {
  name: 'mailmarshal',
  recognise: () => false,
  read: () => [],
};
