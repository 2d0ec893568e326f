// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const amavis: MailSystem = {
  name: 'amavis',
  recognise: () => false,
  read: () => [],
};
