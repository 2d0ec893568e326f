// One finding → one RecipientResult: settle the codes, classify, decide hard or soft and who
// must act, and locate every value in displayText.

import { isHardBounce, whoMustAct } from './actors';
import { classify } from './classify';
import type { Doc } from './doc';
import type { Finding } from './finding';
import { locateSpans } from './locate';
import { detectProvider } from './providers/match';
import { normalizeText } from './reasons/match';
import { cleanAddress } from './smtp/address';
import { asCommand, findCommand } from './smtp/command';
import { findReply } from './smtp/reply';
import { classStatus, findStatus, isClassOnly } from './smtp/status';
import { squeeze } from './text/lines';
import { ACTIONS, type Action, type RecipientResult } from './types';

const MAX_DIAGNOSTIC = 4000;

export function toResult(doc: Doc, f: Finding): RecipientResult {
  const diagnostic = withoutContinuationCodes(squeeze(f.diagnostic ?? '').slice(0, MAX_DIAGNOSTIC));
  const nonFailure = f.reason === 'feedback' || f.reason === 'vacation';
  const recipient = cleanAddress(f.recipient);

  // Status: the report's Status field, unless the server's own reply names a precise code
  // (5.1.1 inside a generic 5.0.0 report), as reporting MTAs often summarise.
  let status = nonFailure ? '' : (f.status ?? '');
  const inText = nonFailure || f.statusFromReply ? null : findStatus(diagnostic);
  if (
    inText &&
    !isClassOnly(inText.value) &&
    (!status || isClassOnly(status) || /^[45]\.[1-9]\.[1-9]$/.test(inText.value))
  ) {
    if (!status || inText.value[0] === status[0] || isClassOnly(status)) status = inText.value;
  }

  let replyCode = nonFailure ? null : (f.replyCode ?? findReply(diagnostic)?.value ?? null);
  const command = f.command ?? findCommand(diagnostic);
  const action = asAction(f.action);

  const permanent = isPermanent(status, replyCode, action, diagnostic, f.permanent);
  const statusInferred = !nonFailure && !status;
  if (statusInferred) status = classStatus(permanent);
  // A reply code whose class contradicts the status belongs to another exchange (a greeting, an
  // earlier attempt); keep the status, drop the code.
  if (replyCode && status && replyCode[0] !== status[0] && !status.startsWith('2')) replyCode = null;

  // A provider refuses mail; feedback reports and auto-replies refuse nothing.
  const provider = nonFailure
    ? null
    : detectProvider({ remoteHost: f.remoteHost, recipient, text: normalizeText(diagnostic) });
  const classified = classify({
    status: statusInferred ? '' : status,
    replyCode: replyCode ?? '',
    diagnostic,
    diagnosticType:
      (f.diagnosticType ?? '').toUpperCase() === 'X-POSTFIX'
        ? 'SMTP'
        : (f.diagnosticType ?? '').toUpperCase(),
    command: asCommand(command),
    action: action ?? '',
    hint: f.reason,
    provider,
  });
  const reason = classified.reason;
  const failure = reason !== 'delivered' && reason !== 'feedback' && reason !== 'vacation';
  const temporary = failure && !permanent;

  return {
    recipient,
    originalRecipient: cleanAddress(f.alias) ?? null,
    action:
      action ?? (failure ? (temporary ? 'delayed' : 'failed') : reason === 'delivered' ? 'delivered' : null),
    status,
    statusInferred,
    replyCode,
    reason,
    hardBounce: isHardBounce(reason, permanent),
    permanence: failure ? (permanent ? 'permanent' : 'temporary') : null,
    remoteServer: f.remoteHost || f.remoteIp ? { host: f.remoteHost ?? null, ip: f.remoteIp ?? null } : null,
    reportingServer: f.reportingHost ? { host: f.reportingHost, ip: null } : null,
    smtpCommand: asCommand(command),
    diagnosticText: diagnostic,
    provider: provider?.id ?? null,
    // A report that says the server gave up ("failed", or "expired" without "delayed") is past
    // retrying; a delay warning ("Action: delayed") is not.
    whoMustAct: whoMustAct(
      reason,
      temporary && action !== 'failed' && (reason !== 'expired' || action === 'delayed'),
      classified.who,
    ),
    evidence: classified.evidence,
    spans: locateSpans(doc, {
      recipient,
      replyCode,
      status,
      statusInferred,
      remoteHost: f.remoteHost ?? null,
      remoteIp: f.remoteIp ?? null,
      diagnosticRange: f.diagnosticRange,
      blocks: [...(f.block ? [f.block] : []), ...(f.alsoIn ?? [])],
    }),
    fields: f.fields ?? {},
    feedbackType: f.feedbackType ?? null,
  };
}

/**
 * A multi-line reply joined onto one line repeats its codes on every line ("550-5.7.26 Unauthenticated
 * … 550-5.7.26 domain's DMARC policy … 550 5.7.26 https://…"). People read it better once: keep
 * the first code pair, drop the repeats inside the sentence.
 */
export function withoutContinuationCodes(text: string): string {
  const first = /^([245]\d\d)[ -](#?[245]\.\d{1,3}\.\d{1,3})?\s*/.exec(text);
  if (!first) return text;
  const [lead, reply, status] = first;
  const repeat = new RegExp(
    `\\s${reply}[ -]${status ? `(?:${status.replace(/[.#]/g, '\\$&')})?` : ''}(?=\\s|$)`,
    'g',
  );
  const rest = text.slice(lead.length);
  // "550-…" at the very start is a continuation mark too, even when nothing else repeats.
  if (!repeat.test(rest) && lead[3] !== '-') return text;
  return squeeze(`${reply} ${status ?? ''} ${rest.replace(repeat, ' ')}`);
}

function asAction(value: string | undefined): Action | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v === 'deliverable' || v === 'delivered') return 'delivered';
  if (v === 'expired') return 'failed';
  return (ACTIONS as readonly string[]).includes(v) ? (v as Action) : null;
}

/** Permanent unless the codes, the action or the wording say the server will retry. */
function isPermanent(
  status: string,
  replyCode: string | null,
  action: Action | null,
  diagnostic: string,
  stated?: boolean,
): boolean {
  if (/^[45]/.test(status)) return status[0] === '5';
  if (replyCode && /^[45]/.test(replyCode)) return replyCode[0] === '5';
  if (stated !== undefined) return stated;
  if (action === 'delayed') return false;
  if (/temporar|persistent|will (?:be )?retr|try again later/i.test(diagnostic)) return false;
  return true;
}
