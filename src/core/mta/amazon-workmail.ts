// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const amazonWorkmail: MailSystem = {
  name: 'amazon-workmail',
  recognise: () => false,
  read: () => [],
};
