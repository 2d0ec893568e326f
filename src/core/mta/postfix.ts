// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const postfix: MailSystem = {
  name: 'postfix',
  recognise: () => false,
  read: () => [],
};
