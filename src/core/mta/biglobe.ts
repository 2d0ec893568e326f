// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const biglobe: MailSystem = {
  name: 'biglobe',
  recognise: () => false,
  read: () => [],
};
