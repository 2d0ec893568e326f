// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const gmail: MailSystem = {
  name: 'gmail',
  recognise: () => false,
  read: () => [],
};
