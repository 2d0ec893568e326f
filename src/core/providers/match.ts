// Recognising the receiving provider and applying its rules.

import { PROVIDER_LIST } from './index';
import type { Provider, ProviderRule } from './types';

function hostMatches(host: string, pattern: string | RegExp): boolean {
  if (typeof pattern !== 'string') return pattern.test(host);
  const p = pattern.toLowerCase();
  return p.startsWith('.') ? host.endsWith(p) || host === p.slice(1) : host === p || host.endsWith(`.${p}`);
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
 * wording only that provider writes, then by the recipient's domain.
 */
export function detectProvider(clues: ProviderClues): Provider | null {
  const host = clues.remoteHost?.toLowerCase();
  if (host) {
    const byHost = PROVIDER_LIST.find((p) => p.hosts.some((h) => hostMatches(host, h)));
    if (byHost) return byHost;
  }
  if (clues.text) {
    const byMarker = PROVIDER_LIST.find((p) =>
      (p.markers ?? []).some((m) => (typeof m === 'string' ? clues.text.includes(m) : m.test(clues.text))),
    );
    if (byMarker) return byMarker;
  }
  const domain = clues.recipient?.split('@')[1];
  if (domain) {
    const byDomain = PROVIDER_LIST.find((p) => (p.domains ?? []).some((d) => domain === d || domain.endsWith(`.${d}`)));
    if (byDomain) return byDomain;
  }
  return null;
}

/** The first rule of `provider` that matches the normalised text and codes, or null. */
export function matchProvider(provider: Provider, text: string, status: string, replyCode: string): ProviderRule | null {
  for (const rule of provider.rules) {
    if (rule.status && !rule.status.includes(status)) continue;
    if (rule.reply && !rule.reply.includes(replyCode)) continue;
    const hit = typeof rule.match === 'string' ? text.includes(rule.match) : rule.match.test(text);
    if (hit) return rule;
  }
  return null;
}

export function providerByKey(key: string): Provider | undefined {
  return PROVIDER_LIST.find((p) => p.key === key);
}
