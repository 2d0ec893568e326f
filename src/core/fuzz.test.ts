// Fuzzing the engine with fast-check. Whatever arrives (arbitrary text and bytes, real bounces
// from tests/fixtures/corpus/dev cut, spliced and corrupted, random MIME trees), analyze()
// resolves with plain data that survives structuredClone and JSON, whose highlights lie inside
// displayText and whose results use only the engine's vocabulary. It never fails inside (an
// `internal-error` problem is analyze() catching its own exception) and never hangs: each case
// runs under a generous hang guard. The number of cases is fixed (numRuns) and reported.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { type Analysis, PROVIDERS, REASONS } from './types';

const CORPUS = 'tests/fixtures/corpus/dev';
/** A case takes a few milliseconds; this only turns a hang into a failure. */
const HANG_GUARD_MS = 10_000;

const ACTORS = ['sender', 'senderAdmin', 'recipient', 'recipientAdmin', 'nobody'];
const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'];
const COMMANDS = ['CONN', 'EHLO', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'BDAT', 'QUIT'];
const SPAN_KINDS = ['reply', 'status', 'server', 'recipient', 'diagnostic'];
const INPUT_KINDS = ['message', 'pasted', 'smtp-reply', 'log-line', 'unreadable'];
const PROBLEM_CODES = [
  'empty',
  'too-large',
  'binary',
  'outlook-msg',
  'not-a-bounce',
  'read-receipt',
  'no-results',
  'headers-truncated',
  'parts-limit',
  'nesting-limit',
  'text-truncated',
  'mime-error',
  'cancelled',
  'internal-error',
];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Plain data only: strings, finite numbers, booleans, null, arrays and plain objects, no cycles. */
function plainDataProblem(value: unknown, path = 'analysis', seen = new Set<object>()): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.has(value)) return `${path} is a cycle`;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
    return `${path} is a ${proto?.constructor?.name}`;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    const problem = plainDataProblem(v, `${path}.${key}`, seen);
    if (problem) return problem;
  }
  seen.delete(value);
  return null;
}

/** Every rule of the engine's contract a report must keep, whatever the input. */
function checkAnalysis(analysis: Analysis, fromBytes: boolean): void {
  expect(plainDataProblem(analysis)).toBeNull();
  expect(structuredClone(analysis)).toStrictEqual(analysis);
  expect(JSON.parse(JSON.stringify(analysis))).toStrictEqual(analysis);
  const problems = [...analysis.problems, ...analysis.reports.flatMap((r) => r.problems)];
  for (const p of problems) {
    expect(PROBLEM_CODES).toContain(p.code);
    expect(p.message.trim().length).toBeGreaterThan(10);
  }
  // analyze() reports its own exceptions as internal-error: none may happen.
  expect(problems.filter((p) => p.code === 'internal-error')).toEqual([]);
  for (const report of analysis.reports) {
    const length = report.displayText.length;
    if (fromBytes) expect(LONE_SURROGATE.test(report.displayText)).toBe(false);
    if (report.originalStart !== null) {
      expect(Number.isInteger(report.originalStart)).toBe(true);
      expect(report.originalStart).toBeGreaterThanOrEqual(0);
      expect(report.originalStart).toBeLessThanOrEqual(length);
    }
    expect(INPUT_KINDS).toContain(report.inputKind);
    for (const r of report.results) {
      expect(REASONS).toContain(r.reason);
      if (r.provider !== null) expect(PROVIDERS).toContain(r.provider);
      expect(ACTORS).toContain(r.whoMustAct.primary);
      if ('secondary' in r.whoMustAct) expect(ACTORS).toContain(r.whoMustAct.secondary);
      if (r.action !== null) expect(ACTIONS).toContain(r.action);
      if (r.smtpCommand !== null) expect(COMMANDS).toContain(r.smtpCommand);
      if (r.permanence !== null) expect(['permanent', 'temporary']).toContain(r.permanence);
      if (r.status) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      if (r.replyCode !== null) expect(r.replyCode).toMatch(/^[245]\d\d$/);
      if (r.recipient !== null) expect(r.recipient).toContain('@');
      for (const s of r.spans) {
        expect(SPAN_KINDS).toContain(s.kind);
        expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(length);
      }
    }
  }
}

function guard<T>(promise: Promise<T>, ms = HANG_GUARD_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang guard: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

const counts: Record<string, number> = {};
let slowest = { ms: 0, what: '' };

/** Runs the engine on one input under the hang guard and checks the contract. */
async function analyzeChecked(name: string, input: string | Uint8Array): Promise<Analysis> {
  const started = performance.now();
  const analysis = await guard(analyze(input));
  const ms = performance.now() - started;
  // Sync work cannot be interrupted by the timer; measure it too.
  expect(ms).toBeLessThan(HANG_GUARD_MS);
  if (ms > slowest.ms) slowest = { ms, what: name };
  checkAnalysis(analysis, typeof input !== 'string');
  counts[name] = (counts[name] ?? 0) + 1;
  return analysis;
}

const FUZZ = { timeout: HANG_GUARD_MS } as const;
const toBytes = (latin1: string) => Uint8Array.from(latin1, (c) => c.charCodeAt(0) & 0xff);

afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.info(
    `engine fuzzing: ${total} cases (slowest ${slowest.ms.toFixed(0)} ms: ${slowest.what})\n${Object.entries(
      counts,
    )
      .map(([name, n]) => `  ${name}: ${n}`)
      .join('\n')}`,
  );
});

// ---------------------------------------------------------------------------------------------
// Arbitrary input, and input made of the pieces bounces are made of.

const TOKENS = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ' ',
  '\t',
  ':',
  ';',
  '<',
  '>',
  '@',
  '"',
  '=',
  '--',
  '5.',
  '550',
  '550-',
  '550 ',
  '421 4.7.0 ',
  '5.1.1',
  '4.4.7',
  '2.0.0',
  'From: ',
  'From MAILER-DAEMON Thu Jul  2 12:05:05 2020\n',
  'To: ',
  'Subject: Undelivered Mail Returned to Sender\n',
  'Subject: Fwd: Undeliverable: ',
  'MIME-Version: 1.0\n',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
  'Content-Type: multipart/mixed; boundary=b\n',
  'Content-Type: message/delivery-status\n',
  'Content-Type: message/rfc822\n',
  'Content-Type: text/plain; charset=utf-8\n',
  'Content-Type: text/html\n',
  'Content-Type: message/feedback-report\n',
  'Content-Transfer-Encoding: base64\n',
  'Content-Transfer-Encoding: quoted-printable\n',
  '--b\n',
  '--b--\n',
  'Reporting-MTA: dns; mx.example.org\n',
  'Final-Recipient: rfc822; ',
  'Original-Recipient: rfc822;',
  'Action: failed\n',
  'Action: delayed\n',
  'Status: ',
  'Remote-MTA: dns; ',
  'Diagnostic-Code: smtp; ',
  'Feedback-Type: abuse\n',
  'user@example.net',
  '<ghost@example.com>',
  'postmaster@',
  'mx1.example.net [192.0.2.1]',
  'said: ',
  '(in reply to RCPT TO command)',
  'host gmail-smtp-in.l.google.com',
  '- gsmtp',
  'Recipient address rejected: User unknown',
  'mailbox full',
  'This is the mail system at host',
  '----- Original message -----\n',
  '---------- Forwarded message ---------\n',
  'Received: from x by y;\n',
  '=?utf-8?B?w6k=?=',
  '=?iso-8859-1?Q?=E9?=',
  '=E9',
  '=\n',
  'SGVsbG8=',
  '\u0000',
  '\u001b$B',
  'é',
  '\uFFFD',
  '\uD800',
  '😀',
  '\u202E',
];

const tokenSoup = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, fc.string({ maxLength: 12 })), {
    maxLength: 150,
  })
  .map((parts) => parts.join(''));

describe('analyze() on arbitrary input', () => {
  it('arbitrary strings: 3,000 cases', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
        ),
        async (text) => {
          await analyzeChecked('arbitrary strings', text);
        },
      ),
      { ...FUZZ, numRuns: 3000 },
    );
  });

  it('arbitrary byte arrays: 3,000 cases', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        await analyzeChecked('arbitrary bytes', bytes);
      }),
      { ...FUZZ, numRuns: 3000 },
    );
  });

  it('strings made of the pieces of bounces, as a paste and as a file: 5,000 cases', async () => {
    await fc.assert(
      fc.asyncProperty(tokenSoup, fc.boolean(), async (text, asBytes) => {
        await analyzeChecked(
          'pieces of bounces',
          asBytes ? new TextEncoder().encode(text.replace(/[\uD800-\uDFFF]/g, '?')) : text,
        );
      }),
      { ...FUZZ, numRuns: 5000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Real bounces, damaged.

const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const corpus = files.map((f) => readFileSync(`${CORPUS}/${f}`, 'latin1'));

type Mutation =
  | { op: 'cut'; a: number; b: number }
  | { op: 'splice'; at: number; from: number; a: number; b: number }
  | { op: 'duplicate'; at: number; lines: number; times: number }
  | { op: 'endings'; style: 'crlf' | 'lf' | 'cr' | 'mixed' | 'doubled' }
  | { op: 'control'; at: number; bytes: number[] }
  | { op: 'header'; at: number; header: string }
  | { op: 'delete-line'; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), a: fraction, b: fraction }),
  fc.record({
    op: fc.constant('splice' as const),
    at: fraction,
    from: fc.nat(files.length - 1),
    a: fraction,
    b: fraction,
  }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fraction,
    lines: fc.integer({ min: 1, max: 20 }),
    times: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    op: fc.constant('endings' as const),
    style: fc.constantFrom(
      'crlf' as const,
      'lf' as const,
      'cr' as const,
      'mixed' as const,
      'doubled' as const,
    ),
  }),
  fc.record({
    op: fc.constant('control' as const),
    at: fraction,
    bytes: fc.array(
      fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0xff })),
      { minLength: 1, maxLength: 8 },
    ),
  }),
  fc.record({
    op: fc.constant('header' as const),
    at: fc.oneof(fc.constant(0), fraction),
    header: fc.oneof(
      fc.constantFrom(
        'Content-Type: multipart/mixed; boundary=""',
        'Content-Type: multipart/report; boundary="--"',
        'Content-Type: message/rfc822',
        'Content-Type: text/html; charset=x-unknown',
        'Content-Type: text/plain; charset=iso-2022-jp',
        'Content-Transfer-Encoding: base64',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Transfer-Encoding: x-uuencode',
        'Subject: =?utf-8?B?invalid?=',
        'From: <>',
        'Content-Type: multipart/report; report-type=delivery-status; boundary=',
        'Status: 9.9.9',
        'Final-Recipient: rfc822;',
      ),
      fc
        .tuple(
          fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
          fc.string({ unit: 'binary', maxLength: 80 }),
        )
        .map(([name, value]) => `${name}: ${value}`),
    ),
  }),
  fc.record({ op: fc.constant('delete-line' as const), at: fraction }),
);

const pos = (text: string, f: number) => Math.min(text.length, Math.floor(f * text.length));
const lineAt = (text: string, f: number) => text.lastIndexOf('\n', pos(text, f)) + 1;

function mutate(source: string, m: Mutation): string {
  switch (m.op) {
    case 'cut': {
      const [a, b] = [pos(source, m.a), pos(source, m.b)].sort((x, y) => x - y);
      return source.slice(0, a) + source.slice(b);
    }
    case 'splice': {
      const other = corpus[m.from];
      const [a, b] = [pos(other, m.a), pos(other, m.b)].sort((x, y) => x - y);
      const at = pos(source, m.at);
      return source.slice(0, at) + other.slice(a, b) + source.slice(at);
    }
    case 'duplicate': {
      const start = lineAt(source, m.at);
      let end = start;
      for (let i = 0; i < m.lines && end >= 0; i++) end = source.indexOf('\n', end + 1);
      const block = source.slice(start, end < 0 ? source.length : end + 1);
      return source.slice(0, start) + block.repeat(m.times) + source.slice(start);
    }
    case 'endings': {
      const lf = source.replace(/\r\n?/g, '\n');
      if (m.style === 'lf') return lf;
      if (m.style === 'crlf') return lf.replace(/\n/g, '\r\n');
      if (m.style === 'cr') return lf.replace(/\n/g, '\r');
      if (m.style === 'doubled') return lf.replace(/\n/g, '\r\r\n');
      let i = 0;
      return lf.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
    }
    case 'control': {
      const at = pos(source, m.at);
      return source.slice(0, at) + String.fromCharCode(...m.bytes) + source.slice(at);
    }
    case 'header': {
      const at = m.at === 0 ? 0 : lineAt(source, m.at);
      return `${source.slice(0, at)}${m.header}\n${source.slice(at)}`;
    }
    case 'delete-line': {
      const start = lineAt(source, m.at);
      const end = source.indexOf('\n', start);
      return source.slice(0, start) + (end < 0 ? '' : source.slice(end + 1));
    }
  }
}

describe('analyze() on real bounces, damaged', () => {
  it('every corpus file, as a file and as pasted text (the unmutated baseline)', async () => {
    for (const text of corpus) {
      await analyzeChecked('corpus files, unmutated', toBytes(text));
      await analyzeChecked('corpus files, unmutated', text);
    }
  });

  it('corpus files cut, spliced, with lines duplicated, line endings changed, control bytes and headers inserted: 5,000 cases', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(files.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (index, mutations, asBytes) => {
          const text = mutations.reduce(mutate, corpus[index]);
          await analyzeChecked('corpus files, mutated', asBytes ? toBytes(text) : text);
        },
      ),
      { ...FUZZ, numRuns: 5000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random MIME trees.

type Part =
  | { kind: 'leaf'; type: string; encoding: string; charset: string; body: string; attachment: boolean }
  | {
      kind: 'multipart';
      subtype: string;
      boundary: string;
      children: Part[];
      preamble: string;
      closed: boolean;
    }
  | { kind: 'message'; inner: Part; headers: string };

const BODIES = [
  'Your message could not be delivered to one or more recipients.\n',
  '<user@example.net>: host mx1.example.net[192.0.2.1] said: 550 5.1.1 <user@example.net>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n',
  'Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.example.net\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n',
  'Feedback-Type: abuse\nUser-Agent: x/1.0\nVersion: 1\n',
  '<html><body onload="alert(1)"><script>alert(2)</script><p>Delivery has failed: 552 5.2.2 mailbox full</p></body></html>\n',
  'From: sender@example.org\nTo: user@example.net\nSubject: Quarterly numbers\nMessage-ID: <m1@example.org>\n\nThe numbers.\n',
  'Délivrance échouée — 配信できませんでした — Доставка не удалась\n',
  '',
];

const leaf: fc.Arbitrary<Part> = fc.record({
  kind: fc.constant('leaf' as const),
  type: fc.constantFrom(
    'text/plain',
    'text/html',
    'message/delivery-status',
    'message/global-delivery-status',
    'message/feedback-report',
    'text/rfc822-headers',
    'application/octet-stream',
    'image/svg+xml',
    'TEXT/PLAIN',
    'x-unknown/x',
    '',
  ),
  encoding: fc.constantFrom(
    '',
    '7bit',
    '8bit',
    'binary',
    'base64',
    'quoted-printable',
    'x-uuencode',
    'BASE64',
  ),
  charset: fc.constantFrom(
    '',
    'utf-8',
    'us-ascii',
    'iso-8859-1',
    'windows-1252',
    'shift_jis',
    'iso-2022-jp',
    'x-bogus',
  ),
  body: fc.oneof(fc.constantFrom(...BODIES), fc.string({ unit: 'binary', maxLength: 200 })),
  attachment: fc.boolean(),
});

const boundary = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/),
  fc.constantFrom('b', 'b1', '--', '=_', 'a b', 'x"y', ''),
);

const { part } = fc.letrec<{ part: Part }>((tie) => ({
  part: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constant('multipart' as const),
      subtype: fc.constantFrom(
        'mixed',
        'report; report-type=delivery-status',
        'alternative',
        'related',
        'digest',
      ),
      boundary,
      children: fc.array(tie('part'), { maxLength: 5 }),
      preamble: fc.constantFrom('', 'This is a multi-part message in MIME format.\n'),
      closed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('message' as const),
      inner: tie('part'),
      headers: fc.constantFrom('', 'From: a@example.org\nSubject: inner\n', 'Subject: Undeliverable: x\n'),
    }),
  ),
}));

function encodeBody(body: string, encoding: string, charset: string): string {
  const bytes =
    charset === 'iso-8859-1' || charset === 'windows-1252'
      ? Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff)
      : new TextEncoder().encode(body);
  const latin1 = String.fromCharCode(...bytes);
  switch (encoding.toLowerCase()) {
    case 'base64':
      return `${Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\n')}\n`;
    case 'quoted-printable':
      return latin1.replace(
        /[=\x80-\xff]/g,
        (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      );
    default:
      return latin1;
  }
}

function serialize(p: Part): string {
  if (p.kind === 'leaf') {
    const headers = [
      p.type ? `Content-Type: ${p.type}${p.charset ? `; charset="${p.charset}"` : ''}` : '',
      p.encoding ? `Content-Transfer-Encoding: ${p.encoding}` : '',
      p.attachment ? 'Content-Disposition: attachment; filename="x.txt"' : '',
    ].filter(Boolean);
    return `${headers.join('\n')}\n\n${encodeBody(p.body, p.encoding, p.charset)}`;
  }
  if (p.kind === 'message') return `Content-Type: message/rfc822\n\n${p.headers}${serialize(p.inner)}`;
  const body = p.children.map((c) => `--${p.boundary}\n${serialize(c)}\n`).join('');
  return `Content-Type: multipart/${p.subtype}; boundary="${p.boundary}"\n\n${p.preamble}${body}${
    p.closed ? `--${p.boundary}--\n` : ''
  }`;
}

const BOUNCE_HEADERS =
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n';

describe('analyze() on random MIME trees', () => {
  it('nested multiparts with random boundaries, transfer encodings and charsets: 4,000 cases', async () => {
    await fc.assert(
      fc.asyncProperty(part, fc.boolean(), fc.constantFrom('\n', '\r\n'), async (tree, bounce, eol) => {
        const text = `${bounce ? BOUNCE_HEADERS : 'MIME-Version: 1.0\n'}${serialize(tree)}`.replace(
          /\n/g,
          eol,
        );
        await analyzeChecked('random MIME trees', toBytes(text));
      }),
      { ...FUZZ, numRuns: 4000 },
    );
  });

  it('a delivery report anywhere in a well-formed random tree is found: 1,500 cases', async () => {
    // Siblings that say nothing about delivery; the report itself in any transfer encoding.
    const quiet = fc.record({
      kind: fc.constant('leaf' as const),
      type: fc.constantFrom('text/plain', 'application/pdf', 'image/png'),
      encoding: fc.constantFrom('7bit', 'base64', 'quoted-printable'),
      charset: fc.constantFrom('utf-8', 'iso-8859-1', ''),
      body: fc.lorem({ maxCount: 20 }),
      attachment: fc.boolean(),
    });
    const report = fc.record({
      kind: fc.constant('leaf' as const),
      type: fc.constant('message/delivery-status'),
      encoding: fc.constantFrom('', '7bit', 'base64', 'quoted-printable'),
      charset: fc.constant(''),
      body: fc.constant(BODIES[2]),
      attachment: fc.constant(false),
    });
    const tree = fc
      .tuple(
        fc.array(quiet, { maxLength: 4 }),
        report,
        fc.nat(),
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/), {
          minLength: 2,
          maxLength: 2,
          comparator: (a, b) => a.startsWith(b) || b.startsWith(a),
        }),
        fc.boolean(),
      )
      .map(([siblings, dsn, at, [outer, inner], wrap]): Part => {
        const children: Part[] = [...siblings];
        children.splice(at % (children.length + 1), 0, dsn);
        const main: Part = {
          kind: 'multipart',
          subtype: 'report; report-type=delivery-status',
          boundary: inner,
          children,
          preamble: '',
          closed: true,
        };
        return wrap
          ? {
              kind: 'multipart',
              subtype: 'mixed',
              boundary: outer,
              children: [main],
              preamble: '',
              closed: true,
            }
          : main;
      });
    await fc.assert(
      fc.asyncProperty(tree, fc.constantFrom('\n', '\r\n'), async (t, eol) => {
        const text = `${BOUNCE_HEADERS}${serialize(t)}`.replace(/\n/g, eol);
        const analysis = await analyzeChecked('well-formed trees with a report', toBytes(text));
        const results = analysis.reports.flatMap((r) => r.results);
        expect(results.map((r) => [r.recipient, r.status])).toContainEqual(['user@example.net', '5.1.1']);
      }),
      { ...FUZZ, numRuns: 1500 },
    );
  });
});
