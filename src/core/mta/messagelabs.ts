// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const messagelabs: MailSystem = {
  name: 'messagelabs',
  recognise: () => false,
  read: () => [],
};
