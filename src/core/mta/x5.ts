// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const x5: MailSystem = {
  name: 'x5',
  recognise: () => false,
  read: () => [],
};
