// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const interscan: MailSystem = {
  name: 'interscan',
  recognise: () => false,
  read: () => [],
};
