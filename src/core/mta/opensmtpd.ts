// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const opensmtpd: MailSystem = {
  name: 'opensmtpd',
  recognise: () => false,
  read: () => [],
};
