// The engine's public contract. Everything here is plain data (no classes, no functions),
// so a report survives structuredClone, postMessage to and from a Web Worker, and JSON.

/** Bounce reasons: the vocabulary of ../shared/corpus/SCHEMA.md (Sisimai's). */
export const REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'exceedlimit',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'mesgtoobig',
  'networkerror',
  'norelaying',
  'notaccept',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'speeding',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'toomanyconn',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

/** Receiving providers the engine recognises. */
export const PROVIDERS = [
  'microsoft365',
  'outlook',
  'google',
  'yahoo',
  'icloud',
  'proofpoint',
  'mimecast',
  'barracuda',
  'cisco',
  'messagelabs',
  'zoho',
  'gmx',
  'tonline',
  'mailru',
  'yandex',
  'orange',
  'comcast',
  'cox',
  'spectrum',
  'godaddy',
] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** Who has to do something about a bounce. `nobody` means the sending server retries by itself. */
export const ACTORS = ['sender', 'senderAdmin', 'recipient', 'recipientAdmin', 'nobody'] as const;
export type Actor = (typeof ACTORS)[number];

export interface WhoMustAct {
  primary: Actor;
  secondary?: Actor;
}

export const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const;
export type Action = (typeof ACTIONS)[number];

/** The SMTP step a failure happened at. CONN is the greeting, before any command. */
export const SMTP_COMMANDS = [
  'CONN',
  'EHLO',
  'HELO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
  'DATA',
  'BDAT',
  'QUIT',
] as const;
export type SmtpCommand = (typeof SMTP_COMMANDS)[number];

export const SPAN_KINDS = ['reply', 'status', 'server', 'recipient', 'diagnostic'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** A character range in `Report.displayText`: UTF-16 offsets, `end` exclusive. */
export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
}

export interface Server {
  host: string | null;
  ip: string | null;
}

/** One fact the verdict rests on: which rule fired, on what text. */
export interface Evidence {
  /** Stable identifier of the rule, e.g. `provider:google:5.7.26` or `phrase:mailboxfull`. */
  rule: string;
  /** A short human-readable note: what matched. */
  detail: string;
}

export interface RecipientResult {
  /** Final recipient, lower-cased; null when the report does not say. */
  recipient: string | null;
  /** The address the sender used, when the report names a different one (an alias, ORCPT). */
  originalRecipient: string | null;
  action: Action | null;
  /** RFC 3463 enhanced status code; '' for feedback reports and auto-replies. */
  status: string;
  /** True when the message carried no status code and only its class (5.0.0, 4.0.0) was inferred. */
  statusInferred: boolean;
  /** Three-digit SMTP reply code, or null when there is none. */
  replyCode: string | null;
  reason: Reason;
  hardBounce: boolean;
  /** permanent (5xx), temporary (4xx, will be retried), or null for non-failures. */
  permanence: 'permanent' | 'temporary' | null;
  /** The server that refused the message. */
  remoteServer: Server | null;
  /** The server that wrote the report (not necessarily the one that refused). */
  reportingServer: Server | null;
  smtpCommand: SmtpCommand | null;
  /** The error text as the refusing server (or the reporting one) wrote it, on one line. */
  diagnosticText: string;
  provider: ProviderId | null;
  whoMustAct: WhoMustAct;
  evidence: Evidence[];
  /** Where the reply code, status, server, recipient and diagnostic sit in displayText. */
  spans: Span[];
  /** Every delivery-status field that applies to this recipient (per-message ones included). */
  fields: Record<string, string>;
  /** Feedback-Type of an ARF report (abuse, fraud, ...), else null. */
  feedbackType: string | null;
}

export type ProblemCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'outlook-msg'
  | 'not-a-bounce'
  | 'read-receipt'
  | 'no-results'
  | 'headers-truncated'
  | 'parts-limit'
  | 'nesting-limit'
  | 'text-truncated'
  | 'mime-error'
  | 'cancelled'
  | 'internal-error';

export interface Problem {
  code: ProblemCode;
  message: string;
}

/** What kind of text the engine found. */
export type InputKind = 'message' | 'pasted' | 'smtp-reply' | 'log-line' | 'unreadable';

/** Headers of a message: the bounce itself or the original message it returns. */
export interface MessageSummary {
  subject: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
  messageId: string | null;
}

export interface Report {
  /** What a person should see: the paste as given, or a raw message's readable part and report. */
  displayText: string;
  /** Where the returned original message begins in displayText; null when there is none. */
  originalStart: number | null;
  inputKind: InputKind;
  /** The mail system family that wrote the report (Postfix, Exim, Microsoft 365 …), when known. */
  mailSystem: string | null;
  /** The bounce message's own headers (empty for a paste). */
  message: MessageSummary;
  /** The headers of the message that bounced, when the report returns them. */
  original: MessageSummary | null;
  results: RecipientResult[];
  problems: Problem[];
}

export interface Analysis {
  /** One report per message: usually one, several for an mbox. */
  reports: Report[];
  /** Problems with the input as a whole (too large, binary, cancelled …). */
  problems: Problem[];
}

export interface AnalyzeOptions {
  /** Stops a long analysis; the analysis then resolves with a `cancelled` problem. */
  signal?: AbortSignal;
  /** Called with a fraction from 0 to 1 as messages of an mbox are done. */
  onProgress?: (fraction: number) => void;
}

export type AnalyzeInput = string | Uint8Array | ArrayBuffer;
