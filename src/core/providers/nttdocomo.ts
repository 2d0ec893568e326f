// NTT DOCOMO (docomo.ne.jp, mfsmax.docomo.ne.jp), Japan's mobile carrier mail. Its server
// answers "550 Unknown user …" both for an unknown address and, after DATA, when the recipient's
// reception settings refuse the sender; the status the sending MTA derives tells them apart
// (5.1.1 at RCPT, 5.2.0 after DATA).

import type { Provider } from './types';

export const nttdocomo: Provider = {
  key: 'nttdocomo',
  id: null,
  name: 'NTT DOCOMO',
  hosts: ['mfsmax.docomo.ne.jp', 'docomo.ne.jp'],
  domains: ['docomo.ne.jp'],
  rules: [
    { match: 'unknown user', status: ['5.2.0'], reason: 'filtered', who: { primary: 'recipient' } },
    { match: 'unknown user', status: ['5.1.1'], reason: 'userunknown' },
    { match: '552 too much mail data', reason: 'mailboxfull' },
    { match: '552 too many recipients', reason: 'toomanyconn' },
    {
      match: /(?:503 bad sequence of commands|504 command parameter not implemented)/,
      reason: 'syntaxerror',
    },
  ],
};
