// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const barracuda: MailSystem = {
  name: 'barracuda',
  recognise: () => false,
  read: () => [],
};
