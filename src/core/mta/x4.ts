// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const x4: MailSystem = {
  name: 'x4',
  recognise: () => false,
  read: () => [],
};
