// Every receiving provider the engine knows, most specific first. detectProvider (match.ts)
// takes the first that claims the refusing host, then the first whose wording appears, then the
// first that hosts the recipient's domain, so the order settles overlaps:
// - gateways that sit in front of other providers (Proofpoint, Mimecast, Barracuda, Cisco,
//   MessageLabs) come before the mailbox providers behind them;
// - Outlook.com consumer comes before Microsoft 365: its *.olc.protection.outlook.com hosts and
//   consumer codes are more specific than Exchange Online's *.protection.outlook.com;
// - Google's "- gsmtp" signature comes before Microsoft's bracketed server names, which an
//   Exchange Online report may carry next to a Gmail refusal it relays.
// Regional rule sets outside the public list (id null) come last.

import { barracuda } from './barracuda';
import { cisco } from './cisco';
import { comcast } from './comcast';
import { cox } from './cox';
import { facebook } from './facebook';
import { gmx } from './gmx';
import { godaddy } from './godaddy';
import { google } from './google';
import { icloud } from './icloud';
import { iua } from './iua';
import { kddi } from './kddi';
import { mailru } from './mailru';
import { messagelabs } from './messagelabs';
import { microsoft365 } from './microsoft365';
import { mimecast } from './mimecast';
import { nttdocomo } from './nttdocomo';
import { orange } from './orange';
import { outlook } from './outlook';
import { proofpoint } from './proofpoint';
import { sfr } from './sfr';
import { spectrum } from './spectrum';
import { tencent } from './tencent';
import { tonline } from './tonline';
import type { Provider } from './types';
import { yahoo } from './yahoo';
import { yandex } from './yandex';
import { zoho } from './zoho';

export const PROVIDER_LIST: readonly Provider[] = [
  // Gateways.
  proofpoint,
  mimecast,
  barracuda,
  cisco,
  messagelabs,
  // Mailbox providers.
  google,
  yahoo,
  icloud,
  outlook,
  microsoft365,
  zoho,
  gmx,
  tonline,
  mailru,
  yandex,
  orange,
  comcast,
  cox,
  spectrum,
  godaddy,
  // Regional rule sets.
  kddi,
  nttdocomo,
  tencent,
  iua,
  facebook,
  sfr,
];
