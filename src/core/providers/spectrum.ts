// Spectrum / Charter (charter.net, spectrum.net and the former Time Warner Cable Road Runner
// domains). Codes read "AUP#In-1310" (mail to Spectrum) or "AUP#Out-1010" (from a Spectrum
// user); the number range decides, and the status code does not: Spectrum wraps them in
// "550 5.1.0 … sender rejected", which is not a bad address (FACTS §5.18, §8 T1).

import type { Reason, WhoMustAct } from '../types';
import type { Provider, ProviderRule } from './types';

interface Range {
  from: number;
  to: number;
  reason: Reason;
  who?: WhoMustAct;
}

const SENDER = { primary: 'sender' } as const;

// spectrumbusiness.net "Understanding email error codes". The codes go in steps of ten.
const RANGES: readonly Range[] = [
  { from: 1000, to: 1000, reason: 'blocked' }, // IP blocked for suspicious activity
  { from: 1010, to: 1080, reason: 'rejected', who: SENDER }, // the sending account is blocked or limited
  { from: 1090, to: 1090, reason: 'systemerror' }, // cannot be processed now; try later
  { from: 1100, to: 1150, reason: 'requireptr' }, // reverse / full-circle DNS missing
  { from: 1160, to: 1190, reason: 'authfailure' }, // violates the sender domain's SPF/DMARC policy
  { from: 1200, to: 1210, reason: 'blocked' }, // Cloudmark CSI listing
  { from: 1220, to: 1250, reason: 'blocked' }, // Spamhaus listing
  { from: 1260, to: 1260, reason: 'networkerror', who: { primary: 'senderAdmin' } }, // no IPv6: connect over IPv4
  { from: 1300, to: 1340, reason: 'toomanyconn' }, // too many concurrent connections
  { from: 1350, to: 1490, reason: 'toomanyconn' }, // messages, recipients, spam or invalid-recipient rate limits
  { from: 1500, to: 1520, reason: 'rejected', who: SENDER }, // sending as an address other than the signed-in one
  { from: 1530, to: 1530, reason: 'mesgtoobig' }, // over 20 MB
  { from: 1540, to: 1550, reason: 'toomanyconn', who: SENDER }, // too many per session / per message
  { from: 1560, to: 1560, reason: 'policyviolation', who: SENDER }, // too many invalid recipients
  { from: 1570, to: 1590, reason: 'toomanyconn', who: SENDER }, // too many in a short time
];

function rule(r: Range): ProviderRule {
  const codes: string[] = [];
  for (let n = r.from; n <= r.to; n += 10) codes.push(String(n));
  return {
    // "AUP#In-1310", "AUP#I-1000", "AUP#Out-1010", "AUP#O-1530"
    match: new RegExp(`\\baup#(?:in?|o(?:ut)?)-?(?:${codes.join('|')})\\b`),
    reason: r.reason,
    code: `AUP#${r.from === r.to ? r.from : `${r.from}-${r.to}`}`,
    ...(r.who ? { who: r.who } : {}),
  };
}

export const spectrum: Provider = {
  key: 'spectrum',
  id: 'spectrum',
  name: 'Spectrum / Charter',
  hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  domains: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com', 'roadrunner.com', 'brighthouse.com'],
  markers: [/\baup#(?:in?|o(?:ut)?)-?\d{4}\b/, 'spectrumbusiness.net/support', 'spectrum.net/support'],
  rules: RANGES.map(rule),
};
