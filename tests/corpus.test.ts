// The corpus test: every file of the development corpus (raw messages, the same bounces as
// pasted text, and CRLF and CR copies of every raw message) through the engine, scored like
// the shared scorer. It fails when a score drops below its floor and prints every difference.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze';
import { type ActualResult, formatScore, type Metric, parseExpected, score } from './corpus/scoring';

const ROOT = join(import.meta.dirname, 'fixtures/corpus');

type Floors = Partial<Record<Metric, number>>;
const RAW_FLOORS: Floors = { detect: 99, reason: 95, status: 97, reply: 97, hard: 98, recipient: 98 };
const PASTED_FLOORS: Floors = { detect: 99, reason: 93, status: 97, reply: 97 };

type Variant = 'as-is' | 'crlf' | 'cr';

function withLineEndings(bytes: Uint8Array, variant: Variant): Uint8Array {
  if (variant === 'as-is') return bytes;
  const text = Buffer.from(bytes).toString('latin1').replace(/\r\n?/g, '\n');
  return Buffer.from(text.replace(/\n/g, variant === 'crlf' ? '\r\n' : '\r'), 'latin1');
}

async function run(set: 'dev' | 'dev-pasted', variant: Variant) {
  const dir = join(ROOT, set);
  const expected = parseExpected(readFileSync(join(dir, 'expected.jsonl'), 'utf8'));
  const actual = new Map<string, ActualResult[]>();
  for (const name of readdirSync(dir).filter((n) => /\.(eml|txt)$/.test(n))) {
    const bytes = withLineEndings(readFileSync(join(dir, name)), variant);
    const analysis = await analyze(bytes);
    actual.set(
      name,
      analysis.reports.flatMap((r) => r.results),
    );
  }
  return score(expected, actual);
}

function check(label: string, result: ReturnType<typeof score>, floors: Floors) {
  console.log(`${label}: ${formatScore(result)}`);
  if (result.misses.length) console.log(`${label} differences:\n  ${result.misses.join('\n  ')}`);
  for (const [metric, floor] of Object.entries(floors)) {
    expect(result.percent[metric as Metric], `${label} ${metric}`).toBeGreaterThanOrEqual(floor);
  }
  expect(result.percent.fp ?? 0, `${label} fp`).toBe(0);
  expect(result.percent.extra ?? 0, `${label} extra`).toBeLessThanOrEqual(2);
}

describe('development corpus', () => {
  for (const variant of ['as-is', 'crlf', 'cr'] as const) {
    it(`raw messages (${variant} line endings) score at or above the floors`, async () => {
      check(`dev ${variant}`, await run('dev', variant), RAW_FLOORS);
    });
  }
  it('pasted bounces score at or above the floors', async () => {
    check('dev-pasted', await run('dev-pasted', 'as-is'), PASTED_FLOORS);
  });
});
