// Deciding the reason for one recipient. Precedence, from most to least specific:
//   1. a reason the mail system states itself (unless it is only a vague one),
//   2. the receiving provider's own codes and wording,
//   3. reason wording in the diagnostic text, weighed against the status code and the SMTP
//      step (the same words mean different things before and after DATA),
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
const VAGUE = new Set<Reason>(['undefined', 'onhold', 'systemerror', 'securityerror', 'networkerror', 'hostunknown', 'userunknown']);

const BEFORE_DATA = new Set<SmtpCommand>(['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT']);
const AT_GREETING = new Set<SmtpCommand>(['CONN', 'EHLO', 'HELO']);

interface Context {
  status: string;
  /** What the status code alone means, or '' */
  statusSays: Reason | '';
  text: string;
  command: SmtpCommand | null;
  replyCode: string;
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

// The first pass: each reason's own test. Order matters; the first that holds wins.
const FIRST_PASS: [Reason, Test][] = [
  ['mailboxfull', either(byStatus('mailboxfull'), wording('mailboxfull'))],
  [
    'mesgtoobig',
    (c) => {
      if (c.statusSays === 'mesgtoobig') return `status ${c.status}`;
      if (c.statusSays === 'exceedlimit') return null;
      return findWording('mesgtoobig', c.text);
    },
  ],
  ['exceedlimit', either(byStatus('exceedlimit'), wording('exceedlimit'))],
  ['suspend', wording('suspend')],
  ['hasmoved', wording('hasmoved')],
  ['norelaying', (c) => (c.command && AT_GREETING.has(c.command) ? null : findWording('norelaying', c.text))],
  ['authfailure', either(byStatus('authfailure'), wording('authfailure'))],
  ['requireptr', either(byStatus('requireptr'), wording('requireptr'))],
  ['notcompliantrfc', wording('notcompliantrfc')],
  ['failedstarttls', either(byStatus('failedstarttls'), wording('failedstarttls'))],
  ['userunknown', userUnknown],
  ['filtered', filtered],
  ['rejected', rejected],
  [
    'hostunknown',
    (c) => {
      if (c.statusSays === 'hostunknown') return findWording('networkerror', c.text) ? null : `status ${c.status}`;
      return findWording('hostunknown', c.text);
    },
  ],
  [
    'spamdetected',
    (c) => {
      if (c.statusSays === 'spamdetected') return `status ${c.status}`;
      if (c.command && BEFORE_DATA.has(c.command)) return null;
      return findWording('spamdetected', c.text);
    },
  ],
  ['toomanyconn', either(byStatus('toomanyconn'), wording('toomanyconn'))],
  ['speeding', wording('speeding')],
  ['suppressed', wording('suppressed')],
  ['badreputation', wording('badreputation')],
  ['blocked', either(byStatus('blocked'), wording('blocked'))],
];

// The second pass, for what the first could not decide: wording only.
const SECOND_PASS: PhrasedReason[] = [
  'mailboxfull',
  'spamdetected',
  'policyviolation',
  'virusdetected',
  'norelaying',
  'authfailure',
  'requireptr',
  'notcompliantrfc',
  'failedstarttls',
  'securityerror',
  'systemerror',
  'networkerror',
  'suspend',
  'expired',
  'contenterror',
  'systemfull',
  'notaccept',
  'mailererror',
];

function userUnknown(c: Context): string | null {
  if (c.statusSays === 'suspend') return null;
  if (c.statusSays === 'userunknown') {
    // "5.1.1" with wording of another reason ("relay access denied", "mailbox full") is that reason.
    const others: PhrasedReason[] = ['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'];
    return others.some((r) => findWording(r, c.text)) ? null : `status ${c.status}`;
  }
  // Without a 5.1.1, "user unknown" counts only as the answer to RCPT TO.
  return c.command === 'RCPT' ? findWording('userunknown', c.text) : null;
}

function filtered(c: Context): string | null {
  if (c.statusSays === 'suspend') return null;
  if (c.statusSays === 'filtered') return findWording('userunknown', c.text) ?? findWording('filtered', c.text);
  // Filters read the message, so before DATA a refusal is something else.
  if (c.command && BEFORE_DATA.has(c.command)) return null;
  return findWording('filtered', c.text) ?? findWording('userunknown', c.text);
}

function rejected(c: Context): string | null {
  if (c.statusSays === 'rejected') return `status ${c.status}`;
  if (c.command === 'MAIL') return findWording('rejected', c.text);
  if (c.command === 'DATA') return c.statusSays === 'userunknown' ? null : findWording('rejected', c.text);
  if (c.statusSays === '' || c.statusSays === 'onhold' || c.statusSays === 'securityerror' || c.statusSays === 'systemerror') {
    return findWording('rejected', c.text);
  }
  return null;
}

export function classify(input: ClassifyInput): Classified {
  const evidence: Evidence[] = [];
  if (input.hint && !VAGUE.has(input.hint)) {
    return { reason: input.hint, evidence: [{ rule: `mailsystem:${input.hint}`, detail: 'stated by the mail system that wrote the report' }] };
  }
  if (input.status.startsWith('2.')) {
    return { reason: 'delivered', evidence: [{ rule: 'status:2', detail: `status ${input.status}: delivered` }] };
  }
  const text = normalizeText(input.diagnostic);
  const c: Context = {
    status: input.status,
    statusSays: statusReason(input.status) ?? '',
    text,
    command: input.command,
    replyCode: input.replyCode,
  };

  if (input.provider) {
    const hit = matchProvider(input.provider, text, input.status, input.replyCode);
    if (hit) {
      const label = hit.code ? `${hit.code}` : typeof hit.match === 'string' ? hit.match : 'pattern';
      evidence.push({ rule: `provider:${input.provider.key}:${label}`, detail: `${input.provider.name}: ${describeMatch(hit.match, text)}` });
      return { reason: hit.reason, evidence, who: hit.who };
    }
  }

  if (input.hint) evidence.push({ rule: `mailsystem:${input.hint}`, detail: 'suggested by the mail system that wrote the report' });

  if (input.diagnosticType === 'SMTP' || input.diagnosticType === '') {
    for (const [reason, test] of FIRST_PASS) {
      const hit = test(c);
      if (hit) return { reason, evidence: [...evidence, { rule: ruleName(reason, hit), detail: hit }] };
    }
  }

  const fallback = secondPass(c, input);
  if (fallback && fallback.reason !== 'undefined') return { reason: fallback.reason, evidence: [...evidence, fallback.evidence] };
  if (input.hint) return { reason: input.hint, evidence };
  if (input.action === 'delayed') return { reason: 'expired', evidence: [...evidence, { rule: 'action:delayed', detail: 'Action: delayed' }] };
  const vacation = findWording('vacation', text);
  if (vacation) return { reason: 'vacation', evidence: [...evidence, { rule: 'phrase:vacation', detail: vacation }] };
  if (text) return { reason: 'onhold', evidence: [...evidence, { rule: 'fallback:onhold', detail: 'the text names no known reason' }] };
  return { reason: 'undefined', evidence };
}

function secondPass(c: Context, input: ClassifyInput): { reason: Reason; evidence: Evidence } | null {
  const known = c.statusSays;
  const keepLooking = known === '' || known === 'expired' || VAGUE.has(known) || input.diagnosticType !== 'SMTP';
  if (!keepLooking) return { reason: known, evidence: { rule: `status:${c.status}`, detail: `status ${c.status}` } };
  for (const reason of SECOND_PASS) {
    const hit = findWording(reason, c.text);
    if (hit) return { reason, evidence: { rule: `phrase:${reason}`, detail: hit } };
  }
  const subject = c.status.split('.')[1];
  if (subject === '6') return { reason: 'contenterror', evidence: { rule: 'status:x.6', detail: `status ${c.status}: a content problem` } };
  if (subject === '7') return { reason: 'securityerror', evidence: { rule: 'status:x.7', detail: `status ${c.status}: a security or policy refusal` } };
  if (input.diagnosticType === 'X-UNIX' || input.diagnosticType === 'X-POSTFIX') {
    return { reason: 'mailererror', evidence: { rule: 'diagnostic:x-unix', detail: 'a local delivery program failed' } };
  }
  if (/^[45]0[0-7]$/.test(c.replyCode)) {
    return { reason: 'syntaxerror', evidence: { rule: `reply:${c.replyCode}`, detail: `reply ${c.replyCode}: a command or syntax error` } };
  }
  if (input.action === 'delayed' || input.action === 'expired') {
    return { reason: 'expired', evidence: { rule: 'action:delayed', detail: 'the server kept retrying' } };
  }
  if (c.command && AT_GREETING.has(c.command)) {
    return { reason: 'blocked', evidence: { rule: `command:${c.command}`, detail: `refused at ${c.command}` } };
  }
  return known ? { reason: known, evidence: { rule: `status:${c.status}`, detail: `status ${c.status}` } } : null;
}

function ruleName(reason: Reason, hit: string): string {
  return hit.startsWith('status ') ? `status:${hit.slice(7)}` : `phrase:${reason}`;
}

function describeMatch(match: string | RegExp, text: string): string {
  if (typeof match === 'string') return `"${match}"`;
  const m = match.exec(text);
  return m ? `"${m[0]}"` : String(match);
}
