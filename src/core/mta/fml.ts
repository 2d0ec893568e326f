// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const fml: MailSystem = {
  name: 'fml',
  recognise: () => false,
  read: () => [],
};
