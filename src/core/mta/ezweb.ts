// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const ezweb: MailSystem = {
  name: 'ezweb',
  recognise: () => false,
  read: () => [],
};
