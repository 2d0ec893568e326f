// Deciding the reason for one recipient. Precedence, from most to least specific:
//   1. a reason the mail system states itself (unless it is only a vague one),
//   2. the receiving provider's own codes and wording,
//   3. reason wording in the diagnostic text, weighed against the status code and the SMTP
//      step (the same words mean different things before and after DATA); a vague reason the
//      mail system stated takes its place in this order and stands if nothing before it holds,
//   4. what the status code alone says,
//   5. the structure of the report (delayed, a local delivery program, a protocol error).
// The reason follows Sisimai's vocabulary and rules, since that is what the labels use.

import { matchProvider } from './providers/match';
import type { Provider } from './providers/types';
import type { PhrasedReason } from './reasons/index';
import { findWording, normalizeText } from './reasons/match';
import { statusReason } from './smtp/status-reasons';
import type { Evidence, Reason, SmtpCommand, WhoMustAct } from './types';

export interface ClassifyInput {
  status: string;
  replyCode: string;
  diagnostic: string;
  diagnosticType: string;
  command: SmtpCommand | null;
  action: string;
  /** A reason the mail system's report states itself. */
  hint?: Reason;
  provider: Provider | null;
}

export interface Classified {
  reason: Reason;
  evidence: Evidence[];
  /** Set when a provider rule names who must act. */
  who?: WhoMustAct;
}

/** Reasons too vague to stand when something more specific can be found. */
const VAGUE = new Set<Reason>([
  'undefined',
  'onhold',
  'systemerror',
  'securityerror',
  'networkerror',
  'hostunknown',
  'userunknown',
]);

const BEFORE_DATA = new Set<SmtpCommand>(['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT']);
const AT_GREETING = new Set<SmtpCommand>(['CONN', 'EHLO', 'HELO']);

interface Context {
  status: string;
  /** What the status code alone means, or '' */
  statusSays: Reason | '';
  text: string;
  command: SmtpCommand | null;
  replyCode: string;
  /** A vague reason the mail system stated ("user unknown" from its own table), or ''. */
  hint: Reason | '';
}

type Test = (c: Context) => string | null;

const wording = (reason: PhrasedReason) => (c: Context) => findWording(reason, c.text);
const byStatus = (reason: Reason) => (c: Context) => (c.statusSays === reason ? `status ${c.status}` : null);
const either =
  (...tests: Test[]): Test =>
  (c) => {
    for (const t of tests) {
      const hit = t(c);
      if (hit) return hit;
    }
    return null;
  };

// The first pass: each reason's own test, most specific first; the first that holds wins.
// The order follows Sisimai's, which the labels use: what the recipient's mailbox says (full,
// too big, suspended, moved) before the address, the address before the sender, the sender's
// authentication and DNS before its reputation, and the plain "blocked" last, since almost any
// refusal can be worded as one.
const FIRST_PASS: [Reason, Test][] = [
  ['mailboxfull', either(byStatus('mailboxfull'), wording('mailboxfull'))],
  [
    'mesgtoobig',
    (c) => {
      if (c.statusSays === 'mesgtoobig') return `status ${c.status}`;
      // X.2.3 is the mailbox's own limit: exceedlimit, even when the words say "too big".
      if (c.statusSays === 'exceedlimit') return null;
      return findWording('mesgtoobig', c.text);
    },
  ],
  ['exceedlimit', either(byStatus('exceedlimit'), wording('exceedlimit'))],
  ['suspend', wording('suspend')],
  ['hasmoved', wording('hasmoved')],
  // A sending service's suppression list explains the failure completely: nothing was sent, even
  // when its notice also calls the address "invalid".
  ['suppressed', wording('suppressed')],
  // A relay refusal at the greeting is about the connecting host, not the recipient's domain.
  ['norelaying', (c) => (c.command && AT_GREETING.has(c.command) ? null : findWording('norelaying', c.text))],
  // TLS wording before the authentication codes: Gmail's 4.7.29/5.7.29 mean "use TLS", while
  // the registry's X.7.29 is an ARC failure.
  ['failedstarttls', failedStarttls],
  ['authfailure', either(byStatus('authfailure'), wording('authfailure'))],
  ['userunknown', userUnknown],
  ['filtered', filtered],
  ['requireptr', either(byStatus('requireptr'), wording('requireptr'))],
  ['notcompliantrfc', wording('notcompliantrfc')],
  ['badreputation', wording('badreputation')],
  ['rejected', rejected],
  [
    'hostunknown',
    (c) => {
      // X.1.2 over a DNS failure ("host not found, try again") is a network problem.
      if (c.statusSays === 'hostunknown')
        return findWording('networkerror', c.text) ? null : `status ${c.status}`;
      return findWording('hostunknown', c.text);
    },
  ],
  [
    'spamdetected',
    (c) => {
      if (c.statusSays === 'spamdetected') return `status ${c.status}`;
      // Spam filters read the message, which the server only has after DATA.
      if (c.command && BEFORE_DATA.has(c.command)) return null;
      return findWording('spamdetected', c.text);
    },
  ],
  ['speeding', either(byStatus('speeding'), wording('speeding'))],
  ['toomanyconn', either(byStatus('toomanyconn'), wording('toomanyconn'))],
  ['blocked', either(byStatus('blocked'), wording('blocked'))],
];

// The second pass, when the first found nothing and the status code alone is vague: wording
// only, in this order.
const SECOND_PASS: PhrasedReason[] = [
  'mailboxfull',
  'authfailure',
  'requireptr',
  'notcompliantrfc',
  'badreputation',
  'speeding',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'norelaying',
  'failedstarttls',
  'securityerror',
  'systemerror',
  'networkerror',
  'suspend',
  'expired',
  'contenterror',
  'systemfull',
  'notaccept',
  'suppressed',
  'mailererror',
];

/** TLS that was demanded or failed: the STARTTLS step itself, the codes for it, or wording. */
function failedStarttls(c: Context): string | null {
  if (c.statusSays === 'failedstarttls') return `status ${c.status}`;
  if (c.command === 'STARTTLS') return 'refused at STARTTLS';
  // 523 "encryption needed" (RFC 5248) and 538 "encryption required for the requested
  // authentication mechanism" (RFC 4954): the session should have been under TLS.
  if (c.replyCode === '523' || c.replyCode === '538') return `reply ${c.replyCode}`;
  return findWording('failedstarttls', c.text);
}

function userUnknown(c: Context): string | null {
  if (c.statusSays === 'suspend') return null;
  if (c.statusSays === 'userunknown') {
    // "5.1.1" with wording of another reason ("relay access denied", "mailbox full") is that reason.
    const others: PhrasedReason[] = [
      'norelaying',
      'blocked',
      'mailboxfull',
      'hasmoved',
      'rejected',
      'notaccept',
      'suppressed',
    ];
    return others.some((r) => findWording(r, c.text)) ? null : `status ${c.status}`;
  }
  // Without a 5.1.1, "user unknown" counts only as the answer to RCPT TO.
  return c.command === 'RCPT' ? findWording('userunknown', c.text) : null;
}

function filtered(c: Context): string | null {
  if (c.statusSays === 'suspend') return null;
  if (c.statusSays === 'filtered')
    return findWording('userunknown', c.text) ?? findWording('filtered', c.text);
  // Filters read the message, so before DATA a refusal is something else.
  if (c.command && BEFORE_DATA.has(c.command)) return null;
  return findWording('filtered', c.text) ?? findWording('userunknown', c.text);
}

function rejected(c: Context): string | null {
  if (c.statusSays === 'rejected') return `status ${c.status}`;
  // At MAIL FROM the only thing on the table is the sender's address, so a bare "Access denied"
  // there refuses the sender.
  if (c.command === 'MAIL')
    return (
      findWording('rejected', c.text) ??
      (c.text.includes('access denied') ? 'access denied at MAIL FROM' : null)
    );
  if (c.command === 'DATA') return c.statusSays === 'userunknown' ? null : findWording('rejected', c.text);
  if (
    c.statusSays === '' ||
    c.statusSays === 'onhold' ||
    c.statusSays === 'securityerror' ||
    c.statusSays === 'systemerror'
  ) {
    return findWording('rejected', c.text);
  }
  return null;
}

export function classify(input: ClassifyInput): Classified {
  const evidence: Evidence[] = [];
  if (input.hint && !VAGUE.has(input.hint)) {
    return {
      reason: input.hint,
      evidence: [
        { rule: `mailsystem:${input.hint}`, detail: 'stated by the mail system that wrote the report' },
      ],
    };
  }
  if (input.status.startsWith('2.')) {
    return {
      reason: 'delivered',
      evidence: [{ rule: 'status:2', detail: `status ${input.status}: delivered` }],
    };
  }
  const text = normalizeText(input.diagnostic);
  const c: Context = {
    status: input.status,
    statusSays: statusReason(input.status) ?? '',
    text,
    command: input.command,
    replyCode: input.replyCode,
    hint: input.hint ?? '',
  };

  if (input.provider) {
    const hit = matchProvider(input.provider, text, input.status, input.replyCode);
    if (hit) {
      const label = hit.code ? `${hit.code}` : typeof hit.match === 'string' ? hit.match : 'pattern';
      evidence.push({
        rule: `provider:${input.provider.key}:${label}`,
        detail: `${input.provider.name}: ${describeMatch(hit.match, text)}`,
      });
      return { reason: hit.reason, evidence, who: hit.who };
    }
  }

  if (input.hint)
    evidence.push({
      rule: `mailsystem:${input.hint}`,
      detail: 'suggested by the mail system that wrote the report',
    });

  if (input.diagnosticType === 'SMTP' || input.diagnosticType === '') {
    for (const [reason, test] of FIRST_PASS) {
      // The mail system's own vague verdict holds once its turn comes: only the more specific
      // reasons before it ("mailbox full" before "user unknown") can override it.
      if (reason === c.hint) return { reason, evidence };
      const hit = test(c);
      if (hit) return { reason, evidence: [...evidence, { rule: ruleName(reason, hit), detail: hit }] };
    }
  }
  // Nothing more specific was found: the mail system's own word is better than a guess from
  // the status code.
  if (input.hint && input.hint !== 'undefined') return { reason: input.hint, evidence };

  const fallback = secondPass(c, input);
  if (fallback && fallback.reason !== 'undefined')
    return { reason: fallback.reason, evidence: [...evidence, fallback.evidence] };
  if (input.action === 'delayed')
    return {
      reason: 'expired',
      evidence: [...evidence, { rule: 'action:delayed', detail: 'Action: delayed' }],
    };
  const vacation = findWording('vacation', text);
  if (vacation)
    return { reason: 'vacation', evidence: [...evidence, { rule: 'phrase:vacation', detail: vacation }] };
  if (text)
    return {
      reason: 'onhold',
      evidence: [...evidence, { rule: 'fallback:onhold', detail: 'the text names no known reason' }],
    };
  return { reason: 'undefined', evidence };
}

function secondPass(c: Context, input: ClassifyInput): { reason: Reason; evidence: Evidence } | null {
  const known = c.statusSays;
  const keepLooking =
    known === '' || known === 'expired' || VAGUE.has(known) || input.diagnosticType !== 'SMTP';
  if (!keepLooking)
    return { reason: known, evidence: { rule: `status:${c.status}`, detail: `status ${c.status}` } };
  for (const reason of SECOND_PASS) {
    const hit = findWording(reason, c.text);
    if (hit) return { reason, evidence: { rule: `phrase:${reason}`, detail: hit } };
  }
  const subject = c.status.split('.')[1];
  if (subject === '6')
    return {
      reason: 'contenterror',
      evidence: { rule: 'status:x.6', detail: `status ${c.status}: a content problem` },
    };
  if (subject === '7')
    return {
      reason: 'securityerror',
      evidence: { rule: 'status:x.7', detail: `status ${c.status}: a security or policy refusal` },
    };
  if (input.diagnosticType === 'X-UNIX' || input.diagnosticType === 'X-POSTFIX') {
    return {
      reason: 'mailererror',
      evidence: { rule: 'diagnostic:x-unix', detail: 'a local delivery program failed' },
    };
  }
  if (/^[45]0[0-7]$/.test(c.replyCode)) {
    return {
      reason: 'syntaxerror',
      evidence: { rule: `reply:${c.replyCode}`, detail: `reply ${c.replyCode}: a command or syntax error` },
    };
  }
  if (input.action === 'delayed' || input.action === 'expired') {
    return { reason: 'expired', evidence: { rule: 'action:delayed', detail: 'the server kept retrying' } };
  }
  if (c.command && AT_GREETING.has(c.command)) {
    return {
      reason: 'blocked',
      evidence: { rule: `command:${c.command}`, detail: `refused at ${c.command}` },
    };
  }
  return known
    ? { reason: known, evidence: { rule: `status:${c.status}`, detail: `status ${c.status}` } }
    : null;
}

/** The evidence rule for what a first-pass test returned: a code, a step, or the words found. */
function ruleName(reason: Reason, hit: string): string {
  if (hit.startsWith('status ')) return `status:${hit.slice(7)}`;
  if (hit.startsWith('reply ')) return `reply:${hit.slice(6)}`;
  if (hit.startsWith('refused at ')) return `command:${hit.slice(11)}`;
  return `phrase:${reason}`;
}

function describeMatch(match: string | RegExp, text: string): string {
  if (typeof match === 'string') return `"${match}"`;
  const m = match.exec(text);
  return m ? `"${m[0]}"` : String(match);
}
