// PLACEHOLDER: to be written (group A).
import type { MailSystem } from './types';

export const mfilter: MailSystem = {
  name: 'mfilter',
  recognise: () => false,
  read: () => [],
};
