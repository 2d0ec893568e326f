// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const surfcontrol: MailSystem = {
  name: 'surfcontrol',
  recognise: () => false,
  read: () => [],
};
