import type { ReasonPhrases } from './types';

// The message's structure or encoding could not be accepted (MIME, 8-bit data, header size).
export const contenterror: ReasonPhrases = {
  reason: 'contenterror',
  phrases: [
    'header size exceeds maximum permitted',
    'improper use of 8-bit data in message header',
    'message header size, or recipient list, exceeds policy limit',
    'message mime complexity exceeds the policy maximum',
    'routing loop detected -- too many received: headers',
    'this message contain invalid mime headers',
    'this message contain improperly-formatted binary content',
    'this message contain text that uses unnecessary base64 encoding',
    'mail message is malformed',
  ],
};
