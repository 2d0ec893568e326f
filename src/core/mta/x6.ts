// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const x6: MailSystem = {
  name: 'x6',
  recognise: () => false,
  read: () => [],
};
