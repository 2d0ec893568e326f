// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const activehunter: MailSystem = {
  name: 'activehunter',
  recognise: () => false,
  read: () => [],
};
