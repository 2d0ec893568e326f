// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const x3: MailSystem = {
  name: 'x3',
  recognise: () => false,
  read: () => [],
};
