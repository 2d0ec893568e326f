// au by KDDI (ezweb.ne.jp, au.com), Japan's mobile carrier mail. Its server answers an unknown
// address with "550 <user@ezweb.ne.jp>: User unknown" at RCPT, but a recipient's own filter
// (reception settings) with the same words and no address: "550 : User unknown".

import type { Provider } from './types';

export const kddi: Provider = {
  key: 'kddi',
  id: null,
  name: 'au (KDDI)',
  // lsean.ezweb.ne.jp, msmx.au.com
  hosts: ['ezweb.ne.jp', 'msmx.au.com', 'au.com'],
  domains: ['ezweb.ne.jp', 'au.com'],
  rules: [
    { match: /(?:^|\s)550 : user unknown/, reason: 'filtered', who: { primary: 'recipient' } },
    { match: '>: user unknown', reason: 'userunknown' },
  ],
};
