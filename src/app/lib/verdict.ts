// A result put into plain words: the headline, the kind of bounce and who must act. The page,
// the reply to a customer and the ticket note all use these, so they never disagree.

import type { RecipientResult, Report } from '../../core/types';
import { ACTOR_LABELS, REASON_LABELS } from '../../knowledge/labels';

export type Tone = 'ok' | 'info' | 'wait' | 'fix' | 'bad';

export interface Verdict {
  /** One sentence: what happened to which recipient. */
  headline: string;
  /** "Hard bounce", "Soft bounce", "Delayed", "Delivered", "Spam report", "Auto-reply". */
  kind: string;
  /** "Permanent" or "Temporary", for failures. */
  permanence: string | null;
  /** What the kind means for the address, in a short clause. */
  addressNote: string;
  who: string;
  whoSentence: string;
  secondWho: string | null;
  tone: Tone;
}

const recipientOf = (r: RecipientResult) => r.recipient ?? 'the recipient';
/** The recipient at the start of a sentence: an address stays as written. */
const Recipient = (r: RecipientResult) => r.recipient ?? 'The recipient';

/** True when the sending server will try again by itself. */
export const willRetry = (r: RecipientResult) =>
  r.permanence === 'temporary' && r.whoMustAct.primary === 'nobody';

export function verdictOf(r: RecipientResult): Verdict {
  const who = ACTOR_LABELS[r.whoMustAct.primary];
  const second = r.whoMustAct.secondary ? ACTOR_LABELS[r.whoMustAct.secondary] : null;
  // Nothing is retried after a delivery or an auto-reply: there is simply nothing to do.
  const settled = r.reason === 'delivered' || r.reason === 'vacation';
  const base = settled
    ? { who: 'Nobody: nothing needs doing', whoSentence: 'nobody: nothing needs doing', secondWho: null }
    : { who: who.badge, whoSentence: who.sentence, secondWho: second?.badge ?? null };
  const label = REASON_LABELS[r.reason];
  switch (r.reason) {
    case 'delivered':
      return {
        ...base,
        headline: `Your message to ${recipientOf(r)} was delivered.`,
        kind: 'Delivered',
        permanence: null,
        addressNote: 'Nothing went wrong.',
        tone: 'ok',
      };
    case 'vacation':
      return {
        ...base,
        headline: `${Recipient(r)} sent an automatic reply (out of office); your message arrived.`,
        kind: 'Auto-reply',
        permanence: null,
        addressNote: 'Not a bounce: the address works.',
        tone: 'info',
      };
    case 'feedback':
      return {
        ...base,
        headline: `${Recipient(r)} reported your message as spam or asked to unsubscribe.`,
        kind: 'Spam report',
        permanence: null,
        addressNote: 'Not a bounce: stop sending to this person unless they ask again.',
        tone: 'fix',
      };
  }
  if (willRetry(r)) {
    // A delay warning's own reason is that delivery keeps failing; say so, not "gave up".
    const why = r.reason === 'expired' ? 'the receiving server has not accepted it yet' : label;
    return {
      ...base,
      headline: `Your message to ${recipientOf(r)} is delayed: ${why}. The sending server will keep trying.`,
      kind: 'Delayed',
      permanence: 'Temporary',
      addressNote: 'Soft: the message may still get through.',
      tone: 'wait',
    };
  }
  if (r.hardBounce) {
    return {
      ...base,
      headline: `Your message to ${recipientOf(r)} was not delivered: ${label}.`,
      kind: 'Hard bounce',
      permanence: 'Permanent',
      addressNote: 'The address itself is bad: correct it or remove it from your lists.',
      tone: 'bad',
    };
  }
  return {
    ...base,
    headline: `Your message to ${recipientOf(r)} was not delivered: ${label}.`,
    kind: 'Soft bounce',
    permanence: r.permanence === 'temporary' ? 'Temporary' : 'Permanent',
    addressNote: 'The address may be fine: it can work again later or after a fix.',
    tone: 'fix',
  };
}

/** One line for a list of results ("2 of 3 recipients failed …"). */
export function reportSummary(report: Report): string {
  const n = report.results.length;
  if (n === 0) return report.problems[0]?.message ?? 'No bounce found.';
  if (n === 1) return verdictOf(report.results[0]).headline;
  const failed = report.results.filter((r) => r.permanence !== null).length;
  return `${failed} of ${n} recipients bounced.`;
}

export const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "550 5.1.1" or "5.1.1 (inferred)" — the codes as a support agent quotes them. */
export function codesOf(r: RecipientResult): string {
  const status = r.status ? (r.statusInferred ? `${r.status} (inferred)` : r.status) : '';
  return [r.replyCode, status].filter(Boolean).join(' ');
}
