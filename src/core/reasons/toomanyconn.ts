import type { ReasonPhrases } from './types';

// Too many connections or sessions at once, too many messages in one session, or too many
// recipients in one message. Message-rate limits are speeding.
export const toomanyconn: ReasonPhrases = {
  reason: 'toomanyconn',
  phrases: [
    'all available ips are at maximum connection limit',
    'connection rate limit exceeded',
    'connection limit',
    'too many connections',
    'too many concurrent smtp connections',
    'too many concurrent connections',
    'too many simultaneous connections',
    'maximum number of connections',
    'too many smtp sessions',
    'too many sessions',
    'too many errors from your ip',
    'too many recipients',
    'max message per connection',
    'max messages per connection',
    'trop de connexions',
    'connection frequency limited',
    'we have already made numerous attempts to deliver this message',
  ],
};
