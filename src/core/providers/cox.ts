// Cox (cox.net; MX cxr.mx.a.cloudfilter.net). Its refusals end with "AUP#CXBL", "AUP#CDRBL",
// "AUP#IPBL0001" … and point to cox.com's email error code page (FACTS §5.17). The code decides
// over the text: "550 5.1.0 … sender rejected … AUP#CDRBL" is a temporary IP block.

import type { Provider } from './types';

export const cox: Provider = {
  key: 'cox',
  id: 'cox',
  name: 'Cox',
  hosts: ['cox.net', 'cxr.mx.a.cloudfilter.net'],
  domains: ['cox.net'],
  markers: [
    'cox.com/residential/support/email-error-codes',
    'cox.com/business/support/email-error-codes',
    /aup#(?:cx|cdrbl|ipbl|urlbl)/,
  ],
  rules: [
    // IP blocks: Cox's own (CXBL, the 24-hour CDRBL) and block-list bitmaps (IPBL: 0001 Spamhaus
    // ZEN, 0010 Return Path, 0100 Invaluement ivmSIP, 1000 Cloudmark CSI).
    { match: /\b(?:cxbl|cdrbl)\b/, reason: 'blocked', code: 'CXBL' },
    { match: /\bipbl\d{4,5}\b/, reason: 'blocked', code: 'IPBL' },
    // A URL in the body is on SURBL, Spamhaus DBL or ivmURI.
    { match: /\burlbl\d{3,4}\b/, reason: 'spamdetected', code: 'URLBL' },
    { match: /\bcxdns\b/, reason: 'requireptr', code: 'CXDNS' },
    { match: /\bcxsndr\b/, reason: 'authfailure', code: 'CXSNDR' },
    { match: /\bcxsmtp\b/, reason: 'rejected', code: 'CXSMTP' },
    // The sending Cox account is suspended for suspicious activity.
    { match: /\b(?:cxthrt|cxmj)\b/, reason: 'securityerror', code: 'CXTHRT', who: { primary: 'sender' } },
    { match: /\b(?:cxcnct|cxmxrt)\b/, reason: 'toomanyconn', code: 'CXCNCT' },
    // Wording without a code.
    { match: /(?:rejected - no rdns|dns check failure - try again later)/, reason: 'requireptr' },
    { match: /(?:cox too many bad commands from|too many invalid recipients)/, reason: 'blocked' },
    {
      match:
        /(?:too many sessions from|requested action aborted: try again later|message threshold exceeded)/,
      reason: 'toomanyconn',
    },
    { match: 'attachment extension is forbidden', reason: 'policyviolation', who: { primary: 'sender' } },
    { match: 'esmtp no data before greeting', reason: 'policyviolation', who: { primary: 'senderAdmin' } },
    {
      match: 'esmtp server temporarily not available',
      reason: 'notaccept',
      who: { primary: 'recipientAdmin' },
    },
    // "sender rejected": the envelope sender's domain must resolve to an MX or A record.
    { match: 'sender rejected', reason: 'rejected' },
    { match: 'recipient rejected', reason: 'userunknown' },
  ],
};
