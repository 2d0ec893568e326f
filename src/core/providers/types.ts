// A receiving provider: how to recognise it, and its own codes and wording → a reason.
// One data file per provider (providers/<id>.ts), registered in providers/index.ts.

import type { ProviderId, Reason, WhoMustAct } from '../types';

export interface ProviderRule {
  /**
   * What the rule looks for in the diagnostic text, which is lower-cased and has its white space
   * squeezed first: a lower-case fragment, or a pattern. Absent when the provider's codes alone
   * decide, whatever the words; `status` or `reply` must then be set.
   */
  match?: string | RegExp;
  /** Only when the enhanced status code is one of these (e.g. ['5.7.26', '4.7.26']). */
  status?: readonly string[];
  /** Only when the SMTP reply code is one of these. */
  reply?: readonly string[];
  reason: Reason;
  /** Who must act when this rule fires, where it differs from the reason's usual actor. */
  who?: WhoMustAct;
  /** The provider's own code for this case (S3150, TSS04, IB607, 5.7.606 …), shown as evidence. */
  code?: string;
  /**
   * Only when the refusing host itself was recognised as this provider's, not when the provider
   * was only guessed from its wording or the recipient's domain. For readings that hold for the
   * provider's own servers but that the same words do not carry elsewhere.
   */
  hostOnly?: boolean;
}

export interface Provider {
  /** Our key for this rule set, its file name: 'google', 'tencent' … */
  key: string;
  /** The id results report; null for providers outside the public list (regional ones). */
  id: ProviderId | null;
  /** The name users see: "Microsoft 365", "Gmail / Google Workspace". */
  name: string;
  /**
   * Its receiving servers, lower case: a domain, which covers every host name below it
   * ('protection.outlook.com' covers 'example-com.mail.protection.outlook.com'), or a pattern.
   */
  hosts: readonly (string | RegExp)[];
  /** Recipient domains it hosts (gmail.com, yahoo.co.jp …). */
  domains?: readonly string[];
  /** Wording that shows this provider refused when no host is named ('- gsmtp'). Lower-case text. */
  markers?: readonly (string | RegExp)[];
  /** Checked in order; the first that matches decides. */
  rules: readonly ProviderRule[];
  /**
   * Keys of providers whose servers or wording this one's refusals carry (Outlook.com runs on
   * Exchange Online Protection, iCloud's MX filter with Proofpoint). When one of them is
   * recognised and the recipient's domain is this provider's, this provider is meant.
   */
  via?: readonly string[];
}
