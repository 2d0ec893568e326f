// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const mxlogic: MailSystem = {
  name: 'mxlogic',
  recognise: () => false,
  read: () => [],
};
