// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const courier: MailSystem = {
  name: 'courier',
  recognise: () => false,
  read: () => [],
};
