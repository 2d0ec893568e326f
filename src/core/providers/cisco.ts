// Cisco Secure Email (IronPort ESA; the cloud service's MX are *.iphmx.com). A gateway:
// recognised before the providers it protects. Low Talos/SenderBase reputation puts the sender
// in a blocked group; recipients failing LDAP acceptance get "#5.1.0 Address rejected".

import type { Provider } from './types';

export const cisco: Provider = {
  key: 'cisco',
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  // mx1.hc1234-56.iphmx.com, *.ces.cisco.com
  hosts: ['iphmx.com', 'ces.cisco.com'],
  markers: ["sending mta's poor reputation", 'senderbase.org', '#5.1.0 address rejected'],
  rules: [
    // "554 Your access to this mail system has been rejected due to the sending MTA's poor
    // reputation. If you believe that this failure is in error, please contact the intended
    // recipient via alternate means."
    {
      match: /(?:sending mta's poor reputation|senderbase|talosintelligence)/,
      reason: 'badreputation',
      code: 'SBRS',
    },
    // "550 #5.1.0 Address rejected.": the recipient failed the organisation's LDAP acceptance query.
    { match: '#5.1.0 address rejected', reason: 'userunknown' },
  ],
};
