// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const facebook: MailSystem = {
  name: 'facebook',
  recognise: () => false,
  read: () => [],
};
