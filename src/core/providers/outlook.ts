// Outlook.com consumer mail (outlook.com, hotmail.*, live.*, msn.com). Its MX are
// <domain>-com.olc.protection.outlook.com ("olc" = Outlook consumer) on Exchange Online
// Protection, and its refusals carry EOP's wording (shared with microsoft365.ts) plus consumer
// codes of its own: S3150/S3140 block-list entries, S3113/S775… reputation throttles, and the
// Hotmail-era policy tags SC-00x, DY-00x, OU-00x, RP-00x. Told apart from a business tenant by
// the olc host, the consumer wording (postmaster.live.com, "(S3150)") or the recipient's domain.

import { MICROSOFT_RULES } from './microsoft365';
import type { Provider, ProviderRule } from './types';

const CONSUMER_RULES: readonly ProviderRule[] = [
  // "Please contact your Internet service provider since part of their network is on our block
  // list (S3150)": Microsoft's own list of IP ranges.
  {
    match: /part of their network is on our block list|\(s3150\)|\(s3140\)/,
    reason: 'blocked',
    code: 'S3150',
  },
  { match: 'mailfrom domain is listed in spamhaus', reason: 'blocked', code: 'S8002' },
  // Hotmail-era tags: "550 SC-001 (BAY0-MC1-F21) Unfortunately, messages from x.x.x.x weren't sent."
  // SC-001 content/reputation, SC-002 address harvesting, SC-003 open proxy/relay, SC-004
  // complaints, DY-001 dynamic IP space, DY-002 compromised host, OU-001 Spamhaus, OU-002 = SC-001.
  { match: /\b(?:sc-00[1-4]|dy-00[12]|ou-00[12])\b/, reason: 'blocked' },
  // RP-001 message rate, RP-002 per-connection rate, RP-003 connection count (all 421).
  { match: /\brp-00[12]\b/, reason: 'speeding' },
  { match: /\brp-003\b/, reason: 'toomanyconn' },
  // "451 4.7.651 The mail server [x] has been temporarily rate limited due to IP reputation" and
  // its siblings (S775, S843, S844, S3113, S3114).
  { match: /rate limited due to (?:ip )?reputation/, reason: 'badreputation', code: '4.7.650' },
];

export const outlook: Provider = {
  key: 'outlook',
  id: 'outlook',
  name: 'Outlook.com (Hotmail, Live, MSN)',
  // outlook-com.olc.protection.outlook.com, hotmail-com.olc…, mx1.hotmail.com, *.pamx1.hotmail.com;
  // smtp-mail.outlook.com is the consumer submission server.
  hosts: ['olc.protection.outlook.com', 'hotmail.com', 'smtp-mail.outlook.com', 'msn.com', 'live.com'],
  domains: [
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'passport.com',
    'windowslive.com',
    'outlook.at',
    'outlook.be',
    'outlook.cl',
    'outlook.co.id',
    'outlook.co.il',
    'outlook.co.nz',
    'outlook.co.th',
    'outlook.com.ar',
    'outlook.com.au',
    'outlook.com.br',
    'outlook.com.gr',
    'outlook.com.tr',
    'outlook.com.vn',
    'outlook.cz',
    'outlook.de',
    'outlook.dk',
    'outlook.es',
    'outlook.fr',
    'outlook.hu',
    'outlook.ie',
    'outlook.in',
    'outlook.it',
    'outlook.jp',
    'outlook.kr',
    'outlook.lv',
    'outlook.my',
    'outlook.ph',
    'outlook.pt',
    'outlook.sa',
    'outlook.sg',
    'outlook.sk',
    'hotmail.be',
    'hotmail.ca',
    'hotmail.ch',
    'hotmail.cl',
    'hotmail.co.il',
    'hotmail.co.jp',
    'hotmail.co.kr',
    'hotmail.co.nz',
    'hotmail.co.th',
    'hotmail.co.uk',
    'hotmail.co.za',
    'hotmail.com.ar',
    'hotmail.com.au',
    'hotmail.com.br',
    'hotmail.com.mx',
    'hotmail.com.tr',
    'hotmail.de',
    'hotmail.dk',
    'hotmail.es',
    'hotmail.fi',
    'hotmail.fr',
    'hotmail.gr',
    'hotmail.it',
    'hotmail.nl',
    'hotmail.no',
    'hotmail.se',
    'live.at',
    'live.be',
    'live.ca',
    'live.cl',
    'live.cn',
    'live.co.uk',
    'live.co.za',
    'live.com.ar',
    'live.com.au',
    'live.com.mx',
    'live.com.pt',
    'live.de',
    'live.dk',
    'live.fi',
    'live.fr',
    'live.ie',
    'live.in',
    'live.it',
    'live.jp',
    'live.nl',
    'live.no',
    'live.ru',
    'live.se',
  ],
  markers: [
    'olc.protection.outlook.com',
    'postmaster.live.com',
    'sendersupport.olc.protection.outlook.com',
    // "(S3150)", "(S3113)", "(S775)": consumer-side codes in parentheses.
    /\(s\d{3,4}\)/,
    // "550 SC-001 (BAY0-MC1-F21) …": a Hotmail policy tag followed by the server in brackets.
    /\b(?:sc|dy|ou|rp)-00\d \(/,
  ],
  via: ['microsoft365'],
  rules: [...CONSUMER_RULES, ...MICROSOFT_RULES],
};
