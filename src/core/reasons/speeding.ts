import type { ReasonPhrases } from './types';

// Too much mail too fast: a recipient receiving mail too quickly, or a sender over its message
// rate or quota. Limits on connections or on recipients per message are toomanyconn.
export const speeding: ReasonPhrases = {
  reason: 'speeding',
  phrases: [
    'receiving mail too quickly',
    'receiving mail at a rate that prevents',
    'exceeded message rate limit',
    'message rate limit exceeded',
    'mail sent from your ip address has been temporarily rate limited',
    'please try again slower',
    'sending too fast',
    'too many recent messages',
    'too many messages',
    'has exceeded the max emails per hour',
    'throttling failure: maximum sending rate exceeded',
    'throttling failure: daily message quota exceeded',
    'maximum sending rate exceeded',
    'message receive limit',
    'daily sending limit',
    'sending limit exceeded',
    'excessive volume',
    // Exchange Online: a recipient flooded (4.3.2), a sender over its daily recipient limit (5.1.90).
    'recipient thread limit exceeded',
    'reached your daily limit',
    'frequency limited',
  ],
  // A cap on messages per connection or session is a connection limit (toomanyconn).
  unless: ['per connection', 'per session', 'this connection', 'this session', 'connection frequency'],
};
