// What a reader (a mail system's module, the delivery-status reader, the lone-error reader)
// finds about one recipient, before classification. Ranges are offsets into displayText.

import type { Range } from './doc';
import type { Reason, SmtpCommand } from './types';

export interface Finding {
  recipient?: string | null;
  /** The address before alias expansion or forwarding (Original-Recipient, "expanded from"). */
  alias?: string | null;
  action?: string;
  status?: string;
  /**
   * Set when the reader took `status` from the refusing server's own reply while the text also
   * quotes other codes (a wrapper's summary): the engine then keeps it as it is.
   */
  statusFromReply?: boolean;
  /** Whether the failure is permanent, when the report says so in words but gives no code. */
  permanent?: boolean;
  replyCode?: string;
  command?: SmtpCommand | null;
  /** The error text, joined onto one line. */
  diagnostic?: string;
  /** Diagnostic-Code type: SMTP, X-Unix, X-Postfix … */
  diagnosticType?: string;
  /** Where the diagnostic text is, for its highlight. */
  diagnosticRange?: Range;
  /** The stretch of text about this recipient, where its codes and server are looked for first. */
  block?: Range;
  /** Other stretches about this recipient (its delivery-status group, say). */
  alsoIn?: Range[];
  remoteHost?: string | null;
  remoteIp?: string | null;
  reportingHost?: string | null;
  /** A reason the mail system states itself (a vendor's own category). */
  reason?: Reason;
  feedbackType?: string;
  /** Every delivery-status field for this recipient, names lower-cased. */
  fields?: Record<string, string>;
}
