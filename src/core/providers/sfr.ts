// SFR (France): sfr.fr, neuf.fr, club-internet.fr, numericable.fr, all received by
// smtp-in.sfr.fr. Its refusals of a sending IP carry a tag "SFR_IN_xyz", usually with a
// temporary 450 4.7.1; the last two digits name the cause, and the block lifts after about two
// hours (Postmastery "All about ISP SFR and SMTP error codes SFR_IN_XXX", FACTS §5.15).

import type { Reason } from '../types';
import type { Provider, ProviderRule } from './types';

const CAUSES: readonly [string, Reason][] = [
  ['01', 'blocked'], // too much spam from this IP
  ['02', 'blocked'], // viruses from this IP
  ['03', 'toomanyconn'], // too many SMTP protocol errors ("too many errors from your IP")
  ['04', 'blocked'], // too many unknown recipients
  ['05', 'speeding'], // over the volume limit
];

export const sfr: Provider = {
  key: 'sfr',
  id: null,
  name: 'SFR',
  hosts: ['sfr.fr'],
  domains: ['sfr.fr', 'neuf.fr', 'club-internet.fr', 'numericable.fr'],
  markers: [/\bsfr_in_\d{2,3}\b/],
  rules: CAUSES.map(
    ([cause, reason]): ProviderRule => ({
      // "SFR_IN_101", "SFR_IN_105": whatever comes before them, the last two digits decide.
      match: new RegExp(`\\bsfr_in_\\d?${cause}\\b`),
      reason,
      code: `SFR_IN_${cause}`,
    }),
  ),
};
