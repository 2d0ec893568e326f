// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const apacheJames: MailSystem = {
  name: 'apache-james',
  recognise: () => false,
  read: () => [],
};
