// The command-line tool, run as a user runs it: the committed launcher on the built code.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DEV = join(ROOT, 'tests/fixtures/corpus/dev');

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/bouncelens.mjs'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('bouncelens CLI', () => {
  it('prints a readable summary of a raw bounce', () => {
    const run = cli([join(DEV, 'rfc3464-04.eml')]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('rfc3464-04.eml');
    expect(run.out).toMatch(/who acts:/);
  });

  it('prints one NDJSON line per file, with the schema fields', () => {
    const run = cli(['--ndjson', join(DEV, 'arf-02.eml'), join(DEV, 'not-bounce-quota-warning.eml')]);
    expect(run.code).toBe(0);
    const [arf, notBounce] = lines(run.out);
    expect(arf.file).toMatch(/arf-02\.eml$/);
    expect(arf.results[0]).toMatchObject({ reason: 'feedback', hardBounce: false, status: '' });
    expect(notBounce.results).toEqual([]);
  });

  it('reads standard input as "-"', () => {
    const run = cli(['--ndjson', '-'], '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n');
    expect(run.code).toBe(0);
    const [line] = lines(run.out);
    expect(line.file).toBe('-');
    expect(line.results[0]).toMatchObject({
      recipient: 'a@b.example',
      status: '5.1.1',
      replyCode: '550',
      reason: 'userunknown',
      hardBounce: true,
    });
  });

  it('reads a pasted bounce saved as .txt and walks directories in a stable order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-cli-'));
    writeFileSync(
      join(dir, 'b.txt'),
      'Delivery failed\n\n<x@example.net>: host mx.example.net[192.0.2.9] said: 552 5.2.2 Mailbox full\n',
    );
    writeFileSync(join(dir, 'a.txt'), '421 4.7.0 Try again later, closing connection.\n');
    const run = cli(['--ndjson', dir]);
    expect(run.code).toBe(0);
    const out = lines(run.out);
    expect(out.map((l) => l.file.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    expect(out[1].results[0]).toMatchObject({
      recipient: 'x@example.net',
      status: '5.2.2',
      reason: 'mailboxfull',
    });
  });

  it('exits 1 when a file cannot be read, after printing the others', () => {
    const run = cli(['--ndjson', join(DEV, 'rfc3464-04.eml'), join(DEV, 'no-such-file.eml')]);
    expect(run.code).toBe(1);
    const out = lines(run.out);
    expect(out).toHaveLength(2);
    expect(out[1].problems[0].message).toMatch(/no such file/);
  });

  it('exits 2 on a usage error', () => {
    expect(cli([]).code).toBe(2);
    const run = cli(['--frobnicate', 'x']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/unknown option --frobnicate/);
  });

  it('gives the same output on worker threads as on one thread', () => {
    const one = cli(['--ndjson', '--jobs', '1', DEV]);
    const two = cli(['--ndjson', '--jobs', '2', DEV]);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(lines(two.out).length).toBe(412);
  });
});
