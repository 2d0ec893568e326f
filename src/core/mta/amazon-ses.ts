// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const amazonSes: MailSystem = {
  name: 'amazon-ses',
  recognise: () => false,
  read: () => [],
};
