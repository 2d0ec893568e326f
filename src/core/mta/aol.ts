// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const aol: MailSystem = {
  name: 'aol',
  recognise: () => false,
  read: () => [],
};
