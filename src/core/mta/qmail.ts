// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const qmail: MailSystem = {
  name: 'qmail',
  recognise: () => false,
  read: () => [],
};
