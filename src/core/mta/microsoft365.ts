// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const microsoft365: MailSystem = {
  name: 'microsoft365',
  recognise: () => false,
  read: () => [],
};
