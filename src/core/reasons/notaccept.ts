import type { ReasonPhrases } from './types';

// The recipient's domain or host accepts no mail at all (a null MX, RFC 7505; reply 521/556).
export const notaccept: ReasonPhrases = {
  reason: 'notaccept',
  phrases: [
    'does not accept mail (nullmx)',
    'host/domain does not accept mail',
    'host does not accept mail',
    'domain does not accept mail',
    'name server: .: host not found',
    'no mx record found for domain=',
    'no route for current request',
    'smtp protocol returned a permanent error',
    'null mx',
    "doesn't receive email according to the administrator",
    // Exim, for a null MX: "an MX or SRV record indicated no SMTP service".
    'indicated no smtp service',
  ],
};
