// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const mailfoundry: MailSystem = {
  name: 'mailfoundry',
  recognise: () => false,
  read: () => [],
};
