// Facebook's mail servers (mx.facebook.com), which once received mail for @facebook.com
// addresses. Codes like "RCP-P2" come with a link to postmaster.facebook.com/response_codes.

import type { Reason } from '../types';
import type { Provider, ProviderRule } from './types';

const CODES: readonly [string, Reason][] = [
  ['rcp-p1', 'userunknown'], // the recipient address does not exist
  ['int-p1', 'userunknown'],
  ['int-p3', 'userunknown'], // the recipient group does not exist
  ['int-p4', 'userunknown'],
  ['rcp-p2', 'filtered'], // the recipient's preferences refuse it
  ['rcp-p3', 'filtered'], // the recipient's privacy settings refuse it
  ['rcp-t4', 'suspend'], // the recipient address is deactivated
  ['pol-p1', 'blocked'], // the sending IP is on the Spamhaus PBL
  ['pol-p2', 'blocked'], // no more mail accepted from this IP
  ['pol-p3', 'blocked'],
  ['pol-p4', 'blocked'],
  ['pol-t1', 'blocked'],
  ['pol-t2', 'blocked'],
  ['pol-t3', 'blocked'],
  ['pol-p5', 'virusdetected'],
  ['pol-p6', 'spamdetected'], // a blocked URL in the message
  ['pol-p7', 'authfailure'], // domain authentication requirements not met
  ['msg-p1', 'mesgtoobig'],
  ['int-p2', 'mesgtoobig'],
  ['msg-p2', 'policyviolation'], // an attachment type Facebook refuses
  ['msg-p3', 'notcompliantrfc'], // a header that may appear once appears several times
  ['dns-p1', 'rejected'], // the MAIL FROM domain does not exist
  ['dns-p2', 'rejected'], // the MAIL FROM domain has no MX
  ['dns-t1', 'rejected'],
  ['dns-p3', 'requireptr'], // the sending server has no reverse DNS
  ['dns-t2', 'requireptr'],
  ['con-t1', 'systemerror'],
  ['rcp-t1', 'systemerror'],
  ['con-t2', 'toomanyconn'],
  ['con-t3', 'toomanyconn'],
  ['con-t4', 'toomanyconn'],
  ['msg-t1', 'toomanyconn'],
];

export const facebook: Provider = {
  key: 'facebook',
  id: null,
  name: 'Facebook',
  hosts: ['facebook.com'],
  domains: ['facebook.com'],
  markers: ['postmaster.facebook.com'],
  rules: CODES.map(
    ([code, reason]): ProviderRule => ({
      match: new RegExp(`\\b${code}\\b`),
      reason,
      code: code.toUpperCase(),
    }),
  ),
};
