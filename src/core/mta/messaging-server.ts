// PLACEHOLDER: to be written (group C).
import type { MailSystem } from './types';

export const messagingServer: MailSystem = {
  name: 'messaging-server',
  recognise: () => false,
  read: () => [],
};
