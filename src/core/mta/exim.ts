// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const exim: MailSystem = {
  name: 'exim',
  recognise: () => false,
  read: () => [],
};
