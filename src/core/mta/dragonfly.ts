// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const dragonfly: MailSystem = {
  name: 'dragonfly',
  recognise: () => false,
  read: () => [],
};
