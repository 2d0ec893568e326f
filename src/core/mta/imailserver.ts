// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const imailserver: MailSystem = {
  name: 'imailserver',
  recognise: () => false,
  read: () => [],
};
