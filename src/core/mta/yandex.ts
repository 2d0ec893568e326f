// PLACEHOLDER: to be written (group B2).
import type { MailSystem } from './types';

export const yandex: MailSystem = {
  name: 'yandex',
  recognise: () => false,
  read: () => [],
};
