// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const v5sendmail: MailSystem = {
  name: 'v5sendmail',
  recognise: () => false,
  read: () => [],
};
