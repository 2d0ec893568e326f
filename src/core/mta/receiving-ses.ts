// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const receivingSes: MailSystem = {
  name: 'receiving-ses',
  recognise: () => false,
  read: () => [],
};
