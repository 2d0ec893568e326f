// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const notes: MailSystem = {
  name: 'notes',
  recognise: () => false,
  read: () => [],
};
