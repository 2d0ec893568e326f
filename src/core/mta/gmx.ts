// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const gmx: MailSystem = {
  name: 'gmx',
  recognise: () => false,
  read: () => [],
};
