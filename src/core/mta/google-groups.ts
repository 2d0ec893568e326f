// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const googleGroups: MailSystem = {
  name: 'google-groups',
  recognise: () => false,
  read: () => [],
};
