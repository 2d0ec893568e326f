// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const bigfoot: MailSystem = {
  name: 'bigfoot',
  recognise: () => false,
  read: () => [],
};
