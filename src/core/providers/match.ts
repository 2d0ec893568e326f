// Recognising the receiving provider and applying its rules.

import { PROVIDER_LIST } from './index';
import type { Provider, ProviderRule } from './types';

/** A domain claims itself and every name below it: 'google.com' claims 'alt1.aspmx.l.google.com'. */
function hostMatches(host: string, pattern: string | RegExp): boolean {
  if (typeof pattern !== 'string') return pattern.test(host);
  return host === pattern || host.endsWith(`.${pattern}`);
}

function hasMarker(p: Provider, text: string): boolean {
  return (p.markers ?? []).some((m) => (typeof m === 'string' ? text.includes(m) : m.test(text)));
}

function hostsDomain(p: Provider, domain: string): boolean {
  return (p.domains ?? []).some((d) => domain === d || domain.endsWith(`.${d}`));
}

// A provider recognised only by its wording or the recipient's domain gets a view without the
// rules that need its own host to have refused (ProviderRule.hostOnly). Built once per provider.
const guessedViews = new WeakMap<Provider, Provider>();

function guessed(p: Provider): Provider {
  if (!p.rules.some((r) => r.hostOnly)) return p;
  let view = guessedViews.get(p);
  if (!view) {
    view = { ...p, rules: p.rules.filter((r) => !r.hostOnly) };
    guessedViews.set(p, view);
  }
  return view;
}

export interface ProviderClues {
  /** The server that refused, lower-cased. */
  remoteHost?: string | null;
  /** The recipient address, lower-cased. */
  recipient?: string | null;
  /** The diagnostic text, normalised (lower-cased, squeezed). */
  text: string;
}

/**
 * The provider that refused: by the refusing host first (the most direct evidence), then by
 * wording only that provider writes, then by the recipient's domain, unless a server that is
 * no provider's is named as the one that refused. A provider found by host or wording gives way
 * to the recipient domain's provider when that one runs on it (Outlook.com recipients behind
 * Exchange Online Protection are Outlook.com's, not a business tenant's).
 */
export function detectProvider(clues: ProviderClues): Provider | null {
  const host = clues.remoteHost?.toLowerCase().replace(/\.$/, '');
  const domain = clues.recipient
    ?.toLowerCase()
    .split('@')[1]
    ?.replace(/[>\s.]+$/, '');
  const byDomain = domain ? PROVIDER_LIST.find((p) => hostsDomain(p, domain)) : undefined;
  const refine = (found: Provider): Provider =>
    byDomain && byDomain !== found && byDomain.via?.includes(found.key) ? byDomain : found;

  if (host) {
    const byHost = PROVIDER_LIST.find((p) => p.hosts.some((h) => hostMatches(host, h)));
    if (byHost) return refine(byHost);
  }
  if (clues.text) {
    const byMarker = PROVIDER_LIST.find((p) => hasMarker(p, clues.text));
    if (byMarker) return guessed(refine(byMarker));
  }
  // A named server that is none of the providers' refused (a relay, a filter, the sender's own
  // smarthost): the recipient's provider never saw the message.
  if (host && isHostName(host)) return null;
  return byDomain ? guessed(byDomain) : null;
}

/** A DNS name, not an address literal or a bare word ("localhost", "[192.0.2.1]", "2001:db8::1"). */
function isHostName(host: string): boolean {
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && /[a-z]/.test(host.slice(host.lastIndexOf('.') + 1));
}

/** The first rule of `provider` that matches the normalised text and codes, or null. */
export function matchProvider(
  provider: Provider,
  text: string,
  status: string,
  replyCode: string,
): ProviderRule | null {
  for (const rule of provider.rules) {
    if (rule.status && !rule.status.includes(status)) continue;
    if (rule.reply && !rule.reply.includes(replyCode)) continue;
    const { match } = rule;
    if (match === undefined || (typeof match === 'string' ? text.includes(match) : match.test(text)))
      return rule;
  }
  return null;
}

export function providerByKey(key: string): Provider | undefined {
  return PROVIDER_LIST.find((p) => p.key === key);
}
