// T-Online / Deutsche Telekom (mx00.t-online.de). Its refusals name the sending IP and end with a
// bracketed tag: (BL) for its own block list, (NOWL) for an IP it has no reputation for yet;
// both ask the sender's postmaster to write to an rx.t-online.de address (FACTS §5.20).

import type { Provider } from './types';

export const tonline: Provider = {
  key: 'tonline',
  id: 'tonline',
  name: 'T-Online',
  hosts: ['t-online.de', 't-online.com'],
  domains: ['t-online.de', 'magenta.de'],
  markers: ['rx.t-online.de'],
  rules: [
    // "554 IP=x.x.x.x - None/bad reputation. … contact tobr@rx.t-online.de for reset. (NOWL)"
    { match: /(?:none\/bad reputation|\(nowl\))/, reason: 'badreputation', code: 'NOWL' },
    // "554 IP=x.x.x.x - A problem occurred. (Ask your postmaster for help or to contact
    // tosa@rx.t-online.de to clarify.) (BL)"
    { match: /(?:\(bl\)|tosa@rx\.t-online\.de)/, reason: 'blocked', code: 'BL' },
  ],
};
