// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const powermta: MailSystem = {
  name: 'powermta',
  recognise: () => false,
  read: () => [],
};
