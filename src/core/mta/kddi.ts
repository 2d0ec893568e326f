// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const kddi: MailSystem = {
  name: 'kddi',
  recognise: () => false,
  read: () => [],
};
