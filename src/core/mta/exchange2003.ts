// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const exchange2003: MailSystem = {
  name: 'exchange2003',
  recognise: () => false,
  read: () => [],
};
