// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const zoho: MailSystem = {
  name: 'zoho',
  recognise: () => false,
  read: () => [],
};
