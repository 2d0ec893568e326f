// Scores engine output against the corpus labels with the rules of the shared scorer
// (../shared/tools/score-corpus.mjs): results are paired by recipient, then by position; each
// field is scored over the expected results; X.0.9NN placeholders compare the class digit only.

export interface Expected {
  file: string;
  source: string;
  results: ExpectedResult[];
}

export interface ExpectedResult {
  recipient: string | null;
  status: string;
  replyCode: string | null;
  reason: string;
  hardBounce: boolean;
}

export interface ActualResult {
  recipient: string | null;
  status: string;
  replyCode: string | null;
  reason: string;
  hardBounce: boolean;
}

export type Metric = 'detect' | 'reason' | 'status' | 'reply' | 'hard' | 'recipient' | 'fp' | 'extra';

export interface Score {
  percent: Record<Metric, number | null>;
  /** One line per difference: "file  field  expected  actual". */
  misses: string[];
}

const PLACEHOLDER = /^[45]\.0\.9\d\d$/;
const empty = (v: unknown) => v === null || v === undefined || v === '';

export function parseExpected(text: string): Expected[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Expected);
}

/** Pairs each expected result with an actual one: same recipient first, then in order. */
export function align(expected: ExpectedResult[], actual: ActualResult[]): number[] {
  const partner = expected.map(() => -1);
  const used = actual.map(() => false);
  expected.forEach((e, i) => {
    if (!e.recipient) return;
    const j = actual.findIndex(
      (a, k) => !used[k] && a.recipient?.toLowerCase() === e.recipient?.toLowerCase(),
    );
    if (j >= 0) {
      partner[i] = j;
      used[j] = true;
    }
  });
  let k = 0;
  expected.forEach((_, i) => {
    if (partner[i] >= 0) return;
    while (k < actual.length && used[k]) k++;
    if (k < actual.length) {
      partner[i] = k;
      used[k] = true;
    }
  });
  return partner;
}

export function score(expectedFiles: Expected[], actualByFile: Map<string, ActualResult[]>): Score {
  const count: Record<Metric, [number, number]> = {
    detect: [0, 0],
    reason: [0, 0],
    status: [0, 0],
    reply: [0, 0],
    hard: [0, 0],
    recipient: [0, 0],
    fp: [0, 0],
    extra: [0, 0],
  };
  const misses: string[] = [];
  const tally = (m: Metric, ok: boolean) => {
    count[m][0] += ok ? 1 : 0;
    count[m][1] += 1;
  };
  for (const file of expectedFiles) {
    const actual = actualByFile.get(file.file) ?? [];
    if (file.results.length === 0) {
      tally('fp', actual.length > 0);
      if (actual.length) misses.push(`${file.file}  fp  []  ${actual.length} result(s)`);
      continue;
    }
    tally('detect', actual.length > 0);
    if (!actual.length) misses.push(`${file.file}  detect  ${file.results.length} result(s)  []`);
    const partner = align(file.results, actual);
    file.results.forEach((e, i) => {
      const a = partner[i] >= 0 ? actual[partner[i]] : undefined;
      const check = (m: Metric, ok: boolean, want: unknown, got: unknown) => {
        tally(m, ok);
        if (!ok) misses.push(`${file.file}  ${m}  ${JSON.stringify(want)}  ${JSON.stringify(got)}`);
      };
      check('reason', a?.reason === e.reason, e.reason, a?.reason);
      if (!empty(e.status)) {
        const ok =
          typeof a?.status === 'string' &&
          (PLACEHOLDER.test(e.status) ? a.status[0] === e.status[0] : a.status === e.status);
        check('status', ok, e.status, a?.status);
      }
      if (!empty(e.replyCode))
        check('reply', String(a?.replyCode ?? '') === String(e.replyCode), e.replyCode, a?.replyCode ?? null);
      check('hard', a?.hardBounce === e.hardBounce, e.hardBounce, a?.hardBounce);
      if (!empty(e.recipient))
        check(
          'recipient',
          a?.recipient?.toLowerCase() === e.recipient?.toLowerCase(),
          e.recipient,
          a?.recipient,
        );
    });
    const paired = new Set(partner.filter((p) => p >= 0));
    actual.forEach((a, k) => {
      const extra = !paired.has(k);
      count.extra[0] += extra ? 1 : 0;
      count.extra[1] += 1;
      if (extra) misses.push(`${file.file}  extra  -  ${JSON.stringify(a.recipient)}`);
    });
  }
  const percent = Object.fromEntries(
    Object.entries(count).map(([m, [hit, total]]) => [m, total ? (100 * hit) / total : null]),
  ) as Record<Metric, number | null>;
  return { percent, misses };
}

export function formatScore(s: Score): string {
  return Object.entries(s.percent)
    .map(([m, v]) => `${m}=${v === null ? 'n/a' : `${v.toFixed(1)}%`}`)
    .join(' ');
}
