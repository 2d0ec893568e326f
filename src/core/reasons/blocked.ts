import type { ReasonPhrases } from './types';

// The sending server (its IP address or host name) is refused: a DNS blocklist, a provider's
// own block list, a refused greeting. Reverse-DNS wording is requireptr, reputation scoring
// badreputation, SPF/DKIM/DMARC authfailure.
export const blocked: ReasonPhrases = {
  reason: 'blocked',
  phrases: [
    // DNS blocklists, named or not ("Client host [192.0.2.1] blocked using zen.spamhaus.org").
    'blocked using ',
    'blacklisted by',
    'blocklisted by',
    'is in a black list',
    'is listed at ',
    'listed in spamhaus',
    'is on spamhaus',
    "is in spamhaus's list",
    'on spamhaus xbl',
    'spamhaus.org/query',
    'check.spamhaus.org',
    'spamcop.net/bl',
    'barracudacentral.org',
    'barracuda reputation',
    'uceprotect',
    'csi.cloudmark.com',
    'ipcheck.proofpoint.com',
    // Trend Micro's Email Reputation Services: "deferred using Trend Micro Email Reputation database".
    'trend micro email reputation',
    'ers.trendmicro.com',
    'dnsbl-lookup.cgi',
    'dnsbl:attrbl',
    'rbl reject',
    'ip address blacklisted',
    'ip address is block listed',
    'ip address is blacklisted',
    'ip address has been blacklisted',
    'network is temporary blacklisted',
    'email address has been blacklisted',
    "sender's ip address is listed at",
    // Providers' own block lists.
    'banned sending ip',
    'access denied, banned sender',
    'not authorized to send email directly to our servers',
    'not in whitelist for rcpt domain',
    'blocked by spam statistics',
    'suspected spam ip',
    'suspected bounce attacks',
    // Yahoo TSS09/TSS11: "All messages from 192.0.2.1 will be permanently deferred".
    'will be permanently deferred',
    // T-Online's refusal of a sending IP: "554 IP=192.0.2.1 - A problem occurred. (Ask your
    // postmaster for help or to contact tosa@rx.t-online.de to clarify.)".
    'a problem occurred. (ask your postmaster for help',
    'part of their network is on our block list',
    'not currently accepting mail from your ip',
    'too many unwanted messages have been sent from the following ip address',
    'too many spams from your ip',
    'dynamic/zombied/spam ips blocked',
    'extreme bad ip profile',
    'listed as abusive',
    'access from ip address',
    'is blocked by earthlink',
    'was blocked by ',
    'email blocked by',
    'blocked - see http',
    'refused - see http',
    'host network not allowed',
    // Refusals of the connection or the greeting itself.
    'esmtp not accepting connections',
    'service not available, closing transmission channel',
    'smtp error from remote mail server after initial connection',
    'connection refused by',
    'connection reset by peer',
    'connection dropped',
    'connection was dropped by remote host',
    'you are not allowed to connect',
    'helo command rejected:',
    'not allowed to send from this ip',
    'no access from mail server',
    'server access forbidden by your ip',
    'client host rejected: may not be mail exchanger',
    'client host rejected: abus detecte',
    'client host rejected: was not authenticated',
    'hosts with dynamic ip',
    'mail from dynamic ips',
    'rejecting open proxy',
    'currently sending spam see:',
    'you are sending spam',
    'your remotehost looks suspiciously like spammer',
    'please use the smtp server of your isp',
    'this mail server requires confirmation',
    'your server requires confirmation',
    'confirm this mail server',
    'invalid ip for sending mail of domain',
    'message was rejected for possible spam/virus content',
    'rejected based on blacklist',
    'daily relay quota',
    'error: no valid recipients from ',
    'rejected because the sending mta or the sender has not passed validation',
  ],
  patterns: [
    // "(user@example.org:blocked)", "said: 550 blocked", "refused to talk to me: 554 blocked".
    /[(][^ ()@]+@[^ ()@:]+:blocked[)]/,
    /\bsaid: 550 blocked/,
    /refused to talk to me: \d+ blocked/,
    // "mail server at mx.example.org is blocked", "mail from 192.0.2.1 refused:".
    /mail server at [^ ]+ is blocked/,
    /mail from \d+\.\d+\.\d+\.\d+ refused:/,
    // "554 Go away", "550 5.7.1 go away, spammer": the whole reply, not the words in a sentence.
    /\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?go away\b/,
    // AT&T's list: "DNSBL:RBL 521< 192.0.2.1 >_is_blocked".
    /dnsbl:rbl \d+< ?[^ ]+ ?>_is_blocked/,
    // "the ip 192.0.2.1 is blacklisted", "the domain example.org is blacklisted".
    /the (?:email|domain|ip) [^ ]+ is blacklisted/,
    /is in an [^ ]*rbl on /,
    // Orange/La Poste: "service refused, please try later. LPN001_103" with a block tag.
    /service refused, please try later\. [0-9a-z]*_(?:103|510)\b/,
  ],
  // Spamhaus answering "open resolver" (127.255.255.254 …) lists nobody: the receiver queried it
  // through a public DNS resolver, a fault of the receiving system (systemerror).
  unless: ['error: open resolver', 'spamhaus.org/returnc/', '127.255.255.25'],
};
