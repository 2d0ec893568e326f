// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const verizon: MailSystem = {
  name: 'verizon',
  recognise: () => false,
  read: () => [],
};
