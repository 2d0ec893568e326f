// Deciding the reason for one recipient. The steps, in the order `classify` tries them; the
// first that has an answer decides:
//   1. A reason the mail system that wrote the report states itself ("mailbox full" from its own
//      table) stands, unless it is one of the VAGUE reasons.
//   2. A 2.x.x status is a delivery.
//   3. The receiving provider's own codes and wording (providers/*.ts): they know what their
//      texts mean better than any generic reading (GoDaddy's "550 5.1.1 … IB607" is a rate limit).
//   4. For an SMTP reply, each reason's test in FIRST_PASS order: its wording, weighed against
//      the status code and the SMTP step (the same words mean different things before and after
//      DATA). A vague "user unknown" or "host unknown" the mail system stated takes its own
//      place in that order.
//   5. The vague reason the mail system stated, when nothing more specific was found.
//   6. What is left (`fallback`): a specific status code, the remaining wording, the class of the
//      status code, and the shape of the report (a local delivery program, a 50x reply, a delay,
//      a refusal at the greeting).
// The reason follows Sisimai's vocabulary and rules, since that is what the labels use.

import { matchProvider } from './providers/match';
import type { Provider, ProviderRule } from './providers/types';
import type { PhrasedReason } from './reasons/index';
import { findWording, normalizeText } from './reasons/match';
import { statusReason } from './smtp/status-reasons';
import type { Evidence, Reason, SmtpCommand, WhoMustAct } from './types';

export interface ClassifyInput {
  status: string;
  replyCode: string;
  diagnostic: string;
  /** Upper case: 'SMTP' (Postfix's X-Postfix counts as SMTP), 'X-UNIX', or '' when none. */
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

/**
 * Reasons too vague to stand when something more specific can be found: mail systems and status
 * codes give them for whole families of failures ("user unknown" for any refused recipient).
 */
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
  /** What the status code alone means, or ''. */
  statusSays: Reason | '';
  /** The diagnostic, normalised for matching (reasons/match.ts). */
  text: string;
  command: SmtpCommand | null;
  replyCode: string;
  diagnosticType: string;
  action: string;
  /** The reason the mail system stated, or ''. */
  hint: Reason | '';
}

export function classify(input: ClassifyInput): Classified {
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
  const c: Context = {
    status: input.status,
    statusSays: statusReason(input.status) ?? '',
    text: normalizeText(input.diagnostic),
    command: input.command,
    replyCode: input.replyCode,
    diagnosticType: input.diagnosticType,
    action: input.action,
    hint: input.hint ?? '',
  };

  if (input.provider) {
    const rule = matchProvider(input.provider, c.text, c.status, c.replyCode);
    if (rule)
      return { reason: rule.reason, evidence: [providerEvidence(input.provider, rule, c)], who: rule.who };
  }

  // From here on, a vague reason the mail system stated is kept as evidence whatever wins.
  const stated: Evidence[] = c.hint
    ? [{ rule: `mailsystem:${c.hint}`, detail: 'suggested by the mail system that wrote the report' }]
    : [];
  const found = (reason: Reason, why: Evidence | null): Classified => ({
    reason,
    evidence: why ? [...stated, why] : stated,
  });

  // Only an SMTP reply (or a bare text) is worded the way the first-pass tests expect; a local
  // delivery program's output is not.
  const first = c.diagnosticType === 'SMTP' || c.diagnosticType === '' ? firstPass(c) : null;
  if (first) return found(first.reason, first.why);
  // Nothing more specific: the mail system's own word is better than a guess from the status code.
  if (c.hint && c.hint !== 'undefined') return found(c.hint, null);

  const last = fallback(c);
  if (last) return found(last.reason, last.why);
  if (c.text) return found('onhold', { rule: 'fallback:onhold', detail: 'the text names no known reason' });
  return found('undefined', null);
}

/** Names the provider's code where it has one, else the words or the status code that matched. */
function providerEvidence(provider: Provider, rule: ProviderRule, c: Context): Evidence {
  const { match } = rule;
  if (match === undefined)
    return {
      rule: `provider:${provider.key}:${rule.code ?? c.status}`,
      detail: `${provider.name}: status ${c.status}`,
    };
  const words = typeof match === 'string' ? match : (match.exec(c.text)?.[0] ?? String(match));
  const label = rule.code ?? (typeof match === 'string' ? match : 'pattern');
  return { rule: `provider:${provider.key}:${label}`, detail: `${provider.name}: "${words}"` };
}

// ---------------------------------------------------------------------------------------------
// The first pass: each reason's own test, most specific first; the first that holds wins.
// The order follows Sisimai's, which the labels use: what the recipient's mailbox says (full,
// too big, suspended, moved) before the address, the address before the sender, the sender's
// authentication and DNS before its reputation, and the plain "blocked" last, since almost any
// refusal can be worded as one.

/** What a test found: the evidence for its reason, or null. */
type Test = (c: Context) => Evidence | null;

/** A reason and the evidence for it (none when the mail system's own word stands). */
interface Verdict {
  reason: Reason;
  why: Evidence | null;
}

function phrase(reason: PhrasedReason, text: string): Evidence | null {
  const hit = findWording(reason, text);
  return hit ? { rule: `phrase:${reason}`, detail: hit } : null;
}

const statusEvidence = (c: Context): Evidence => ({
  rule: `status:${c.status}`,
  detail: `status ${c.status}`,
});
const wording =
  (reason: PhrasedReason): Test =>
  (c) =>
    phrase(reason, c.text);
const byStatus =
  (reason: Reason): Test =>
  (c) =>
    c.statusSays === reason ? statusEvidence(c) : null;
const either =
  (...tests: Test[]): Test =>
  (c) => {
    for (const test of tests) {
      const why = test(c);
      if (why) return why;
    }
    return null;
  };

/** The status code's own reading, else the reason's wording. */
const codeOrWords = (reason: PhrasedReason): Test => either(byStatus(reason), wording(reason));

const FIRST_PASS: readonly [Reason, Test][] = [
  ['mailboxfull', codeOrWords('mailboxfull')],
  ['mesgtoobig', mesgTooBig],
  ['exceedlimit', codeOrWords('exceedlimit')],
  ['suspend', wording('suspend')],
  ['hasmoved', wording('hasmoved')],
  // A sending service's suppression list explains the failure completely: nothing was sent, even
  // when its notice also calls the address "invalid".
  ['suppressed', wording('suppressed')],
  ['norelaying', noRelaying],
  // TLS before the authentication codes: Gmail's 4.7.29/5.7.29 mean "use TLS", while the
  // registry's X.7.29 is an ARC failure.
  ['failedstarttls', failedStarttls],
  ['authfailure', codeOrWords('authfailure')],
  ['userunknown', userUnknown],
  ['filtered', filtered],
  ['requireptr', codeOrWords('requireptr')],
  ['notcompliantrfc', wording('notcompliantrfc')],
  ['badreputation', wording('badreputation')],
  ['rejected', rejected],
  ['hostunknown', hostUnknown],
  ['spamdetected', spamDetected],
  ['speeding', codeOrWords('speeding')],
  ['toomanyconn', codeOrWords('toomanyconn')],
  ['blocked', codeOrWords('blocked')],
];

/**
 * The first reason whose test holds. A vague reason the mail system stated holds once its turn
 * comes (only 'userunknown' and 'hostunknown' have a turn here): just the reasons before it
 * ("mailbox full" before "user unknown") can override it.
 */
function firstPass(c: Context): Verdict | null {
  for (const [reason, test] of FIRST_PASS) {
    if (reason === c.hint) return { reason, why: null };
    const why = test(c);
    if (why) return { reason, why };
  }
  return null;
}

function mesgTooBig(c: Context): Evidence | null {
  if (c.statusSays === 'mesgtoobig') return statusEvidence(c);
  // X.2.3 is the mailbox's own limit: exceedlimit, even when the words say "too big".
  if (c.statusSays === 'exceedlimit') return null;
  return phrase('mesgtoobig', c.text);
}

function noRelaying(c: Context): Evidence | null {
  // A relay refusal at the greeting is about the connecting host, not the recipient's domain.
  if (c.command && AT_GREETING.has(c.command)) return null;
  return phrase('norelaying', c.text);
}

/** TLS that was demanded or failed: the STARTTLS step itself, the codes for it, or wording. */
function failedStarttls(c: Context): Evidence | null {
  if (c.statusSays === 'failedstarttls') return statusEvidence(c);
  if (c.command === 'STARTTLS') return { rule: 'command:STARTTLS', detail: 'refused at STARTTLS' };
  // 523 "encryption needed" (RFC 5248) and 538 "encryption required for the requested
  // authentication mechanism" (RFC 4954): the session should have been under TLS.
  if (c.replyCode === '523' || c.replyCode === '538')
    return { rule: `reply:${c.replyCode}`, detail: `reply ${c.replyCode}` };
  return phrase('failedstarttls', c.text);
}

/** Wording that, under a 5.1.1, names the real reason ("5.1.1 … Relay access denied"). */
const OVER_BAD_MAILBOX_CODE: readonly PhrasedReason[] = [
  'norelaying',
  'blocked',
  'mailboxfull',
  'hasmoved',
  'rejected',
  'notaccept',
  'suppressed',
];

function userUnknown(c: Context): Evidence | null {
  if (c.statusSays === 'suspend') return null;
  if (c.statusSays === 'userunknown')
    return OVER_BAD_MAILBOX_CODE.some((r) => findWording(r, c.text)) ? null : statusEvidence(c);
  // Without the code, "user unknown" means a bad address only as the answer to RCPT TO; after
  // DATA the same words come from a recipient's filter (see `filtered`).
  return c.command === 'RCPT' ? phrase('userunknown', c.text) : null;
}

function filtered(c: Context): Evidence | null {
  if (c.statusSays === 'suspend') return null;
  // Under a code for a mailbox that refuses (5.2.x), even "user unknown" is a filter speaking.
  if (c.statusSays === 'filtered') return phrase('userunknown', c.text) ?? phrase('filtered', c.text);
  // Filters read the message, so before DATA a refusal is something else.
  if (c.command && BEFORE_DATA.has(c.command)) return null;
  return phrase('filtered', c.text) ?? phrase('userunknown', c.text);
}

/** Status readings under which sender-refusal wording still gets its say (see `rejected`). */
const SILENT_ABOUT_SENDER = new Set<Reason | ''>(['', 'securityerror', 'systemerror']);

function rejected(c: Context): Evidence | null {
  if (c.statusSays === 'rejected') return statusEvidence(c);
  // At MAIL FROM the only thing on the table is the sender's address, so a bare "Access denied"
  // there refuses the sender.
  if (c.command === 'MAIL') {
    return (
      phrase('rejected', c.text) ??
      (c.text.includes('access denied')
        ? { rule: 'phrase:rejected', detail: '"access denied" at MAIL FROM' }
        : null)
    );
  }
  if (c.command === 'DATA') return c.statusSays === 'userunknown' ? null : phrase('rejected', c.text);
  // Elsewhere a status code that names its own reason (5.1.1, 5.7.26 …) has already said what
  // was wrong; only a silent or generic one leaves room for the sender's address.
  return SILENT_ABOUT_SENDER.has(c.statusSays) ? phrase('rejected', c.text) : null;
}

function hostUnknown(c: Context): Evidence | null {
  // X.1.2 over a DNS failure ("host not found, try again") is a network problem.
  if (c.statusSays === 'hostunknown') return findWording('networkerror', c.text) ? null : statusEvidence(c);
  return phrase('hostunknown', c.text);
}

function spamDetected(c: Context): Evidence | null {
  if (c.statusSays === 'spamdetected') return statusEvidence(c);
  // Spam filters read the message, which the server only has after DATA.
  if (c.command && BEFORE_DATA.has(c.command)) return null;
  return phrase('spamdetected', c.text);
}

// ---------------------------------------------------------------------------------------------
// The fallback, when neither the first pass nor the mail system had a specific answer.

// The remaining wording, in this order.
const SECOND_PASS: readonly PhrasedReason[] = [
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

function fallback(c: Context): Verdict | null {
  const known = c.statusSays;
  // A status code with a specific meaning settles an SMTP reply. A vague one, a delay (the
  // reason it was retried is what matters), or a diagnostic of another kind leaves the words a say.
  if (known && known !== 'expired' && !VAGUE.has(known) && c.diagnosticType === 'SMTP')
    return { reason: known, why: statusEvidence(c) };
  for (const reason of SECOND_PASS) {
    const why = phrase(reason, c.text);
    if (why) return { reason, why };
  }
  const byShape = reportShape(c);
  if (byShape) return byShape;
  if (known) return { reason: known, why: statusEvidence(c) };
  // An out-of-office reply is normally recognised by the report's structure (step 1); its
  // wording is the last resort.
  const vacation = phrase('vacation', c.text);
  return vacation ? { reason: 'vacation', why: vacation } : null;
}

/** What the codes' classes and the report's structure say when no words do. */
function reportShape(c: Context): Verdict | null {
  const verdict = (reason: Reason, rule: string, detail: string): Verdict => ({
    reason,
    why: { rule, detail },
  });
  const subject = c.status.split('.')[1];
  if (subject === '6') return verdict('contenterror', 'status:x.6', `status ${c.status}: a content problem`);
  if (subject === '7')
    return verdict('securityerror', 'status:x.7', `status ${c.status}: a security or policy refusal`);
  if (c.diagnosticType === 'X-UNIX')
    return verdict('mailererror', 'diagnostic:x-unix', 'a local delivery program failed');
  if (/^[45]0[0-7]$/.test(c.replyCode))
    return verdict('syntaxerror', `reply:${c.replyCode}`, `reply ${c.replyCode}: a command or syntax error`);
  if (c.action === 'delayed' || c.action === 'expired')
    return verdict('expired', 'action:delayed', 'the server kept retrying');
  if (c.command && AT_GREETING.has(c.command))
    return verdict('blocked', `command:${c.command}`, `refused at ${c.command}`);
  return null;
}
