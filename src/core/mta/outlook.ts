// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const outlook: MailSystem = {
  name: 'outlook',
  recognise: () => false,
  read: () => [],
};
