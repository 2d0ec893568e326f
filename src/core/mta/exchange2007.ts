// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const exchange2007: MailSystem = {
  name: 'exchange2007',
  recognise: () => false,
  read: () => [],
};
