// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const einsundeins: MailSystem = {
  name: 'einsundeins',
  recognise: () => false,
  read: () => [],
};
