#!/usr/bin/env node
// Benchmarks that print figures (nothing here asserts a time):
//   1. throughput of the engine over the corpus, beside the cost of only reading the same bytes
//      and of postal-mime's parse alone;
//   2. adversarial inputs of growing size, to show the cost grows linearly;
//   3. the CLI over a few thousand corpus files on one and on two worker threads, beside
//      Sisimai (Debian's libsisimai-perl, the reference parser) when it is installed.
// Usage: npm run bench [-- --quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import PostalMime from 'postal-mime';

const ROOT = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const { analyze } = await import(join(ROOT, 'dist-cli/engine.js'));

const corpusDirs = ['tests/fixtures/corpus/dev', 'tests/fixtures/corpus/dev-pasted'].map((d) =>
  join(ROOT, d),
);
const files = corpusDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => /\.(eml|txt)$/.test(n))
    .map((n) => join(dir, n)),
);
const inputs = files.map((f) => readFileSync(f));
const totalBytes = inputs.reduce((n, b) => n + b.length, 0);
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function timed(label, rounds, fn) {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await fn();
  const seconds = (performance.now() - start) / 1000;
  const messages = (inputs.length * rounds) / seconds;
  const mbs = (totalBytes * rounds) / 1024 / 1024 / seconds;
  console.log(`  ${label.padEnd(34)} ${fmt(messages).padStart(9)} msg/s ${fmt(mbs, 1).padStart(8)} MB/s`);
}

console.log(
  `\n1. Corpus throughput (${inputs.length} files, ${fmt(totalBytes / 1024 / 1024, 2)} MB, one thread)`,
);
const rounds = quick ? 2 : 8;
await timed('read the bytes (a TextDecoder pass)', rounds, async () => {
  const d = new TextDecoder('latin1');
  for (const b of inputs) d.decode(b);
});
await timed('postal-mime parse alone', rounds, async () => {
  for (const b of inputs)
    await PostalMime.parse(b, { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
});
await timed('bounce lens analyze()', rounds, async () => {
  for (const b of inputs) await analyze(b);
});

// 2. Adversarial inputs: each kind at growing sizes. Time per MB should stay flat.
const encoder = new TextEncoder();
const MB = 1024 * 1024;
const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const bounceHead = (extraHeaders = '') =>
  `From: MAILER-DAEMON@mx.example\nTo: a@example.org\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <x@mx.example>\n${extraHeaders}MIME-Version: 1.0\n`;
const kinds = {
  'paste: runs of spaces': (size) => `550 5.1.1 <a@b.example> User unknown\n${repeatTo(' ', size)}\n`,
  'paste: runs of "<"': (size) => repeatTo('<', size),
  'paste: repeated "5."': (size) => repeatTo('5.', size),
  'paste: many error lines': (size) =>
    repeatTo('550 5.1.1 <user@example.net>: Recipient address rejected: User unknown\n', size),
  'header full of encoded words': (size) =>
    `${bounceHead(`X-Junk: ${repeatTo('=?UTF-8?B?w6nDqcOp?= ', size)}\n`)}Content-Type: text/plain\n\n550 5.1.1 <a@b.example> User unknown\n`,
  'returned original with 1 big attachment': (size) =>
    `${bounceHead()}Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.2.2\n\n--b\nContent-Type: message/rfc822\n\nFrom: a@example.org\nSubject: big\nContent-Type: multipart/mixed; boundary="i"\n\n--i\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${repeatTo('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n', size)}--i--\n--b--\n`,
  'thousands of MIME parts': (size) =>
    `${bounceHead()}Content-Type: multipart/mixed; boundary="p"\n\n${repeatTo('--p\nContent-Type: text/plain\n\n550 5.2.2 mailbox full\n', size)}--p--\n`,
  'deep MIME nesting': (size) => {
    const depth = Math.floor(size / 60);
    let body = 'Content-Type: text/plain\n\n550 5.1.1 x\n';
    for (let i = 0; i < Math.min(depth, 20000); i++)
      body = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${body}--n${i}--\n`;
    return `${bounceHead()}${body}`;
  },
};
const sizes = quick ? [1 * MB, 2 * MB] : [1 * MB, 2 * MB, 4 * MB];
console.log(`\n2. Adversarial inputs (time for one analysis; ms per MB should stay flat as size grows)`);
console.log(`  ${'input'.padEnd(40)} ${sizes.map((s) => `${s / MB} MB`.padStart(18)).join('')}`);
for (const [name, make] of Object.entries(kinds)) {
  const cells = [];
  for (const size of sizes) {
    const bytes = encoder.encode(make(size));
    const start = performance.now();
    const result = await analyze(bytes);
    const ms = performance.now() - start;
    if (!result) throw new Error('no result');
    cells.push(`${fmt(ms)} ms (${fmt(ms / (bytes.length / MB))}/MB)`.padStart(18));
  }
  console.log(`  ${name.padEnd(40)} ${cells.join('')}`);
}
const pathological = encoder.encode(`${repeatTo(' ', MB)}${repeatTo('<', MB)}${repeatTo('5.', MB)}`);
const t0 = performance.now();
await analyze(pathological);
console.log(`  3 MB pathological paste (spaces, "<", "5."): ${fmt(performance.now() - t0)} ms`);

// 3. CLI over a few thousand files, beside Sisimai.
const cli = join(ROOT, 'bin/bouncelens.mjs');
const rawDir = join(ROOT, 'tests/fixtures/corpus/dev');
const cores = Math.min(availableParallelism(), 8);
const sisimai = spawnSync('perl', ['-MSisimai', '-e', '1']).status === 0;
function wall(label, count, cmd, args) {
  const start = performance.now();
  const run = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) console.log(`  ${label}: exited ${run.status} ${String(run.stderr).slice(0, 200)}`);
  console.log(
    `  ${label.padEnd(34)} ${fmt(seconds, 2).padStart(6)} s ${fmt(count / seconds).padStart(7)} files/s`,
  );
  return count / seconds;
}
for (const copies of quick ? [3] : [10, 30]) {
  const work = mkdtempSync(join(tmpdir(), 'bl-bench-'));
  for (let i = 0; i < copies; i++)
    cpSync(rawDir, join(work, `copy${i}`), { recursive: true, filter: (src) => !src.endsWith('.jsonl') });
  const count = copies * readdirSync(rawDir).filter((n) => n.endsWith('.eml')).length;
  console.log(
    `\n3. Whole runs over ${fmt(count)} raw corpus files (dev × ${copies}), wall time incl. start-up`,
  );
  const one = wall('bouncelens --jobs 1', count, process.execPath, [cli, '--ndjson', '--jobs', '1', work]);
  const many = wall(`bouncelens --jobs ${cores}`, count, process.execPath, [
    cli,
    '--ndjson',
    '--jobs',
    String(cores),
    work,
  ]);
  if (sisimai) {
    const script = join(work, 'sisimai.pl');
    writeFileSync(
      script,
      'use strict; use Sisimai; use JSON::PP; my $j = JSON::PP->new;\n' +
        'for my $f (@ARGV) { my $v = Sisimai->make($f, delivered => 1, vacation => 1) || []; print $j->encode({file => $f, n => scalar @$v}), "\\n"; }\n',
    );
    const list = readdirSync(work)
      .filter((d) => d.startsWith('copy'))
      .flatMap((d) => readdirSync(join(work, d)).map((n) => join(work, d, n)));
    const perl = wall('Sisimai 4.25 (perl, one core)', count, 'perl', [script, ...list]);
    console.log(
      `  bouncelens one thread: ${fmt(one / perl, 2)}× Sisimai; ${cores} threads: ${fmt(many / perl, 2)}× Sisimai`,
    );
  } else {
    console.log('  (Sisimai not installed: apt-get install libsisimai-perl to compare)');
  }
  rmSync(work, { recursive: true, force: true });
}
if (!existsSync(join(ROOT, 'dist-cli'))) process.exitCode = 1;
