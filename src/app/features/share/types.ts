// What a share link carries: the diagnosis as the sender saw it (so links made today keep
// showing the same thing after the app changes) and the evidence text its highlights point
// into, with addresses masked unless the sender chose otherwise.

import type { RecipientResult } from '../../../core/types';

export interface SharedResult
  extends Pick<
    RecipientResult,
    | 'recipient'
    | 'originalRecipient'
    | 'action'
    | 'status'
    | 'statusInferred'
    | 'replyCode'
    | 'reason'
    | 'hardBounce'
    | 'permanence'
    | 'remoteServer'
    | 'reportingServer'
    | 'smtpCommand'
    | 'diagnosticText'
    | 'provider'
    | 'whoMustAct'
    | 'spans'
    | 'feedbackType'
  > {
  /** The explanation the sender saw (an article path such as "codes/5.7.26"). */
  article: string | null;
  /** The provider's own code the verdict rested on ("S3150"), when there was one. */
  providerCode: string | null;
}

export interface SharedDiagnosis {
  v: 1;
  /** The evidence text: the report, an excerpt of it, or the whole message; masked or not. */
  text: string;
  mailSystem: string | null;
  subject: string | null;
  results: SharedResult[];
  masked: {
    /** Email addresses were masked ("j•••@example.com"). */
    addresses: boolean;
    /** The whole original message is included (the sender opted in). */
    original: boolean;
    /** Only the lines around each error were kept, to keep the link short. */
    excerpt: boolean;
    /** Recipients left out because a link can carry only so many. */
    omitted: number;
  };
}
