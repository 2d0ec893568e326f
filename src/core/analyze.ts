// The pipeline: input → text → messages → a document each → findings → results.
//   read     bytes or text, size and kind checks, mbox split
//   decode   a raw message through the guard and postal-mime, or take a paste as it is
//   find     a mail system's reader, the delivery-status fields, feedback and auto-replies,
//            and for pastes (or bounces of unknown layout) a lone SMTP error
//   classify reason, hard or soft, who must act, provider
//   locate   spans of every value in displayText

import { type Doc, GENERIC_ORIGINAL_MARKERS } from './doc';
import { isFeedbackReport, isUnsubscribeRequest, readFeedback, readUnsubscribe } from './dsn/arf';
import { isAutoReply, readAutoReply } from './dsn/autoreply';
import { type DsnReport, readDsn } from './dsn/fields';
import type { Finding } from './finding';
import { MAX_INPUT_BYTES } from './limits';
import { mergeFindings } from './merge';
import { isReadReceipt, looksLikeBounce } from './message/bounce-signals';
import { bytesToLatin1, decodeTextBytes, latin1ToBytes, sniffBinary } from './message/decode';
import { startsWithHeaderBlock } from './message/headers';
import { splitMbox } from './message/mbox';
import { pastedDoc } from './message/paste';
import { readMessage } from './message/read-message';
import { summarize } from './message/summary';
import { MAIL_SYSTEMS, ORIGINAL_MARKERS } from './mta/index';
import type { MailSystem } from './mta/types';
import { toResult } from './result';
import { readLoneErrors } from './smtp/lone-error';
import { readWordedFailures } from './smtp/worded-failure';
import type { Analysis, AnalyzeInput, AnalyzeOptions, InputKind, Problem, Report } from './types';

export { MAX_INPUT_BYTES };

const MARKERS = [...GENERIC_ORIGINAL_MARKERS, ...ORIGINAL_MARKERS];
const MAX_FORWARD_DEPTH = 3;

const BINARY_MESSAGES: Record<string, Problem> = {
  pdf: {
    code: 'binary',
    message:
      'This is a PDF document, not an email. Open the bounce in your mail program and paste its text, or save it as an .eml file.',
  },
  image: {
    code: 'binary',
    message:
      'This is an image, not an email. A screenshot cannot be read; paste the text of the bounce instead.',
  },
  archive: {
    code: 'binary',
    message: 'This is a compressed archive, not an email. Extract the .eml or .mbox file first.',
  },
  'outlook-msg': {
    code: 'outlook-msg',
    message: 'This is an Outlook .msg file; it has to be converted before the engine can read it.',
  },
  binary: {
    code: 'binary',
    message: 'This file is not text: it holds binary data, so it cannot be an email.',
  },
};

/**
 * Analyses a bounce. Never throws on bad mail: whatever is wrong with the input comes back as
 * problems in the analysis.
 */
export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  try {
    return await analyzeInput(input, options);
  } catch (error) {
    return {
      reports: [],
      problems: [
        {
          code: 'internal-error',
          message: `The analysis failed unexpectedly: ${String((error as Error)?.message ?? error)}`,
        },
      ],
    };
  }
}

async function analyzeInput(input: AnalyzeInput, options: AnalyzeOptions): Promise<Analysis> {
  const isBytes = typeof input !== 'string';
  const bytes = isBytes ? (input instanceof Uint8Array ? input : new Uint8Array(input)) : null;
  const size = bytes ? bytes.length : (input as string).length;
  if (size > MAX_INPUT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      reports: [],
      problems: [
        { code: 'too-large', message: `The input is ${mb} MB; the largest that can be analysed is 50 MB.` },
      ],
    };
  }
  if (bytes) {
    const binary = sniffBinary(bytes);
    if (binary) return { reports: [], problems: [BINARY_MESSAGES[binary]] };
  }
  let text = bytes ? bytesToLatin1(bytes) : (input as string);
  // Old Mac files end lines with a lone CR, which MIME parsers do not take for line ends.
  // A file, or a raw message however it came, is read with LF instead; a paste stays as given.
  if (!text.includes('\n') && text.includes('\r')) {
    const withLf = text.replace(/\r/g, '\n');
    if (bytes || startsWithHeaderBlock(withLf)) text = withLf;
  }
  if (text.trim() === '') {
    return {
      reports: [],
      problems: [{ code: 'empty', message: 'There is nothing to analyse: the input is empty.' }],
    };
  }

  const slices = splitMbox(text);
  const reports: Report[] = [];
  for (let i = 0; i < slices.length; i++) {
    if (options.signal?.aborted) {
      return { reports, problems: [{ code: 'cancelled', message: 'The analysis was cancelled.' }] };
    }
    const slice =
      slices.length === 1 && slices[0].start === 0 ? text : text.slice(slices[i].start, slices[i].end);
    reports.push(await analyzeOne(slice, isBytes, 0));
    options.onProgress?.((i + 1) / slices.length);
    // Let a caller's cancel and progress handlers run between messages of a long mbox.
    if (slices.length > 1 && i % 50 === 49)
      await new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
  }
  return { reports, problems: [] };
}

/** One message or one paste. */
async function analyzeOne(raw: string, isBytes: boolean, depth: number): Promise<Report> {
  if (startsWithHeaderBlock(raw)) return analyzeMessage(raw, isBytes, depth);
  const text = isBytes ? decodeTextBytes(latin1ToBytes(raw)) : raw;
  const doc = pastedDoc(text, MARKERS);
  return reportFor(doc, findInPaste(doc), [], null);
}

interface Found {
  findings: Finding[];
  mailSystem: string | null;
  kind: InputKind;
}

function findInPaste(doc: Doc): Found {
  const found = findReport(doc);
  if (found) return found;
  if (isFeedbackReport(doc, ''))
    return { findings: readFeedback(doc), mailSystem: 'Feedback report (ARF)', kind: 'pasted' };
  const lone = readLoneErrors(doc);
  // A few lines holding an error are "just the error"; a longer text is a pasted bounce.
  const justTheError = lone.length > 0 && doc.lines.length <= 12;
  const kind: InputKind = !justTheError
    ? 'pasted'
    : lone.some((f) => f.kind === 'log-line')
      ? 'log-line'
      : 'smtp-reply';
  return { findings: lone, mailSystem: null, kind };
}

/** A mail system's report, or a standard delivery-status report; null when neither is there. */
function findReport(doc: Doc): Found | null {
  const dsn = readDsn(doc);
  for (const system of MAIL_SYSTEMS) {
    const findings = readWith(system, doc, dsn);
    if (findings.length)
      return {
        findings: mergeFindings(findings, dsn),
        mailSystem: system.name,
        kind: doc.pasted ? 'pasted' : 'message',
      };
  }
  if (dsn.recipients.length) {
    return {
      findings: mergeFindings(dsn.recipients, dsn),
      mailSystem: null,
      kind: doc.pasted ? 'pasted' : 'message',
    };
  }
  return null;
}

function recognises(system: MailSystem, doc: Doc): boolean {
  try {
    return system.recognise(doc);
  } catch {
    return false;
  }
}

/** A mail system's findings; a reader that fails on odd input is skipped, never fatal. */
function readWith(system: MailSystem, doc: Doc, dsn: DsnReport): Finding[] {
  try {
    return recognises(system, doc) ? system.read(doc, dsn) : [];
  } catch {
    return [];
  }
}

async function analyzeMessage(raw: string, isBytes: boolean, depth: number): Promise<Report> {
  const read = await readMessage(raw, isBytes, MARKERS);
  const { doc, problems } = read;
  const original = doc.original ? summarize(doc.original) : null;

  if (isReadReceipt(doc, read.contentType)) {
    problems.push({
      code: 'read-receipt',
      message: 'This is a read receipt: it says the message was opened, not that delivery failed.',
    });
    return reportFor(doc, { findings: [], mailSystem: null, kind: 'message' }, problems, original);
  }
  if (isFeedbackReport(doc, read.contentType)) {
    return reportFor(
      doc,
      { findings: readFeedback(doc), mailSystem: 'Feedback report (ARF)', kind: 'message' },
      problems,
      original,
    );
  }
  // A mail system that recognises its own report layout is as good a sign as the headers
  // (some carriers send bounces from an ordinary no-reply address with a plain subject).
  const bounceLike = looksLikeBounce(doc, read.contentType) || MAIL_SYSTEMS.some((s) => recognises(s, doc));
  // "Fwd: Undeliverable: …" is a person forwarding a bounce: look inside first.
  const forward = FORWARD_SUBJECT.test(doc.subject);
  if (bounceLike && !forward) {
    const found = findReport(doc) ?? {
      findings: fallbackFindings(doc),
      mailSystem: null,
      kind: 'message' as InputKind,
    };
    if (found.findings.length) return reportFor(doc, found, problems, original);
  }
  if (isUnsubscribeRequest(doc)) {
    const findings = readUnsubscribe(doc);
    return reportFor(
      doc,
      { findings, mailSystem: 'Unsubscribe request', kind: 'message' },
      problems,
      original,
    );
  }
  if (isAutoReply(doc)) {
    return reportFor(
      doc,
      { findings: readAutoReply(doc), mailSystem: 'Auto-reply', kind: 'message' },
      problems,
      original,
    );
  }
  if (depth < MAX_FORWARD_DEPTH) {
    const forwarded = await findForwarded(doc, read.attached, isBytes, depth, problems);
    if (forwarded) {
      forwarded.problems.unshift(...problems);
      return forwarded;
    }
  } else if (read.attached.length) {
    problems.push(NESTED_TOO_DEEP);
  }
  if (bounceLike && forward) {
    const found = findReport(doc);
    if (found) return reportFor(doc, found, problems, original);
  }
  problems.push(
    bounceLike
      ? {
          code: 'no-results',
          message:
            'This looks like a delivery report, but no failed recipient or error could be read from it.',
        }
      : {
          code: 'not-a-bounce',
          message:
            'This is an ordinary email, not a bounce: it has no delivery report and no mail system’s failure notice.',
        },
  );
  return reportFor(doc, { findings: [], mailSystem: null, kind: 'message' }, problems, original);
}

/** For a bounce in no known layout: its SMTP errors, else a line whose wording names a failure. */
function fallbackFindings(doc: Doc): Finding[] {
  const lone = readLoneErrors(doc);
  return lone.length ? lone : readWordedFailures(doc);
}

const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:/i;
const FORWARD_MARKER =
  /^\s*(?:-{3,}\s*Forwarded message\s*-{3,}|Begin forwarded message:|-{3,}\s*Original Message\s*-{3,}|-{5,}\s*Weitergeleitete Nachricht\s*-{5,}|-{5,}\s*Message transféré\s*-{5,})\s*$/im;

const NESTED_TOO_DEEP: Problem = {
  code: 'nesting-limit',
  message: `The message holds messages inside messages more than ${MAX_FORWARD_DEPTH} deep; the deeper ones were not read.`,
};

/**
 * A bounce forwarded by a person: attached as a message, or pasted inline after a marker.
 * `problems` gains what the attached messages ran into (a nesting limit deeper down).
 */
async function findForwarded(
  doc: Doc,
  attached: string[],
  isBytes: boolean,
  depth: number,
  problems: Problem[],
): Promise<Report | null> {
  for (const message of attached) {
    const inner = await analyzeOne(message, isBytes, depth + 1);
    if (inner.results.length) return inner;
    if (inner.problems.some((p) => p.code === 'nesting-limit') && !problems.includes(NESTED_TOO_DEEP))
      problems.push(NESTED_TOO_DEEP);
  }
  // The forwarded text may sit past reportEnd: its marker also ends a report zone.
  const marker = FORWARD_MARKER.exec(doc.text);
  if (!marker) return null;
  const inline = pastedDoc(doc.text, MARKERS, marker.index + marker[0].length, doc.text.length);
  // The forwarded text must show it is a bounce by itself; an ordinary forwarded question is not.
  if (!looksLikeBounce(inline, '')) return null;
  const found = findReport(inline);
  return found ? reportFor(inline, found, [], inline.original ? summarize(inline.original) : null) : null;
}

/** A paste's first line stands for its subject, unless it is the error line itself. */
function pastedSubject(doc: Doc): string | null {
  const subject = doc.subject.trim();
  return subject && !/(?:^|\s)[245]\d\d[ -]|[45]\.\d{1,3}\.\d{1,3}|\bstatus=/.test(subject) ? subject : null;
}

function reportFor(doc: Doc, found: Found, problems: Problem[], original: Report['original']): Report {
  const results = found.findings.map((f) => toResult(doc, f));
  if (!results.length && doc.pasted) {
    problems.push({
      code: 'no-results',
      message:
        'No bounce could be found in this text: it holds no SMTP error, status code or delivery report. Paste the whole bounce message, or at least its error line.',
    });
  }
  return {
    displayText: doc.text,
    originalStart: doc.reportEnd < doc.text.length ? doc.reportEnd : null,
    inputKind: found.kind,
    mailSystem: found.mailSystem,
    message: doc.pasted
      ? { subject: pastedSubject(doc), from: doc.from || null, to: null, date: null, messageId: null }
      : summarize(doc.headers),
    original,
    results,
    problems,
  };
}
