// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const domino: MailSystem = {
  name: 'domino',
  recognise: () => false,
  read: () => [],
};
