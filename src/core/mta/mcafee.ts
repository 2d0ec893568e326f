// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const mcafee: MailSystem = {
  name: 'mcafee',
  recognise: () => false,
  read: () => [],
};
