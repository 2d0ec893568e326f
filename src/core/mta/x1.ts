// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const x1: MailSystem = {
  name: 'x1',
  recognise: () => false,
  read: () => [],
};
