// Every mail system the engine reads, in the order they are tried: systems with unmistakable
// marks (a provider's own layout) first, the widespread open-source MTAs, whose layouts others
// imitate, last. The first system that recognises a report and reads findings from it wins.

import { activehunter } from './activehunter';
import { amavis } from './amavis';
import { amazonSes } from './amazon-ses';
import { amazonWorkmail } from './amazon-workmail';
import { aol } from './aol';
import { apacheJames } from './apache-james';
import { barracuda } from './barracuda';
import { bigfoot } from './bigfoot';
import { biglobe } from './biglobe';
import { courier } from './courier';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { einsundeins } from './einsundeins';
import { exchange2003 } from './exchange2003';
import { exchange2007 } from './exchange2007';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { facebook } from './facebook';
import { fml } from './fml';
import { gmail } from './gmail';
import { gmx } from './gmx';
import { googleGroups } from './google-groups';
import { googleWorkspace } from './google-workspace';
import { imailserver } from './imailserver';
import { interscan } from './interscan';
import { kddi } from './kddi';
import { mailfoundry } from './mailfoundry';
import { mailmarshal } from './mailmarshal';
import { mailru } from './mailru';
import { mcafee } from './mcafee';
import { messagelabs } from './messagelabs';
import { messagingServer } from './messaging-server';
import { mfilter } from './mfilter';
import { microsoft365 } from './microsoft365';
import { mxlogic } from './mxlogic';
import { notes } from './notes';
import { opensmtpd } from './opensmtpd';
import { outlook } from './outlook';
import { postfix } from './postfix';
import { powermta } from './powermta';
import { qmail } from './qmail';
import { receivingSes } from './receiving-ses';
import { sendgrid } from './sendgrid';
import { sendmail } from './sendmail';
import { surfcontrol } from './surfcontrol';
import type { MailSystem } from './types';
import { v5sendmail } from './v5sendmail';
import { verizon } from './verizon';
import { x1 } from './x1';
import { x2 } from './x2';
import { x3 } from './x3';
import { x4 } from './x4';
import { x5 } from './x5';
import { x6 } from './x6';
import { yahoo } from './yahoo';
import { yandex } from './yandex';
import { zoho } from './zoho';

export const MAIL_SYSTEMS: readonly MailSystem[] = [
  amazonSes,
  amazonWorkmail,
  receivingSes,
  sendgrid,
  zoho,
  mailru,
  yandex,
  gmx,
  einsundeins,
  powermta,
  kddi,
  ezweb,
  biglobe,
  bigfoot,
  exchange2003,
  exchange2007,
  microsoft365,
  outlook,
  gmail,
  googleWorkspace,
  googleGroups,
  facebook,
  verizon,
  aol,
  yahoo,
  messagingServer,
  domino,
  notes,
  mcafee,
  messagelabs,
  mxlogic,
  barracuda,
  interscan,
  surfcontrol,
  mailmarshal,
  mailfoundry,
  imailserver,
  activehunter,
  amavis,
  courier,
  opensmtpd,
  dragonfly,
  apacheJames,
  fml,
  mfilter,
  x1,
  x2,
  x3,
  x4,
  x5,
  x6,
  v5sendmail,
  exim,
  qmail,
  postfix,
  sendmail,
];

/** Every line that introduces a returned original message, from all systems. */
export const ORIGINAL_MARKERS: readonly RegExp[] = MAIL_SYSTEMS.flatMap((s) => s.originalMarkers ?? []);
