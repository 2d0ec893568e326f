// PLACEHOLDER: to be written (group B1).
import type { MailSystem } from './types';

export const googleWorkspace: MailSystem = {
  name: 'google-workspace',
  recognise: () => false,
  read: () => [],
};
