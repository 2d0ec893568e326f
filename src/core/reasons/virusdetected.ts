import type { ReasonPhrases } from './types';

// The message carried malware, or an attachment of a kind used to spread it.
export const virusdetected: ReasonPhrases = {
  reason: 'virusdetected',
  phrases: [
    'it has a potentially executable attachment',
    'the message was rejected because it contains prohibited virus or spam content',
    'this form of attachment has been used by recent viruses or other malware',
    'virus detected',
    'virus found',
    'virus infected message rejected',
    'your message was infected with a virus',
    'infected with a virus',
    'message contains a virus',
  ],
  // Zoho: "552 5.7.1 virus <name> detected by Zoho Mail".
  patterns: [/virus [^ ]+ detected/],
};
