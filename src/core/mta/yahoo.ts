// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const yahoo: MailSystem = {
  name: 'yahoo',
  recognise: () => false,
  read: () => [],
};
