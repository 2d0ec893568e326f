#!/usr/bin/env node
// Measures the web app in a real Chromium and prints the figures (nothing here asserts):
//   1. the JavaScript a first visit loads, raw and gzip (level 9), per file and in all;
//   2. the time from pasting a typical bounce to the rendered verdict: the first paste after
//      the page loaded (the worker starts on the first interaction) and later pastes;
//   3. a 3 MB pathological paste: the time to an answer, and the longest pause of the page.
// Usage: npm run measure   (builds the app, serves it with vite preview, runs Chromium)
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/`;
const runs = Number(process.env.RUNS ?? 15);

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}
await waitForServer();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

// 1. First visit.
const context = await browser.newContext();
const page = await context.newPage();
const scripts = [];
// What the service worker precaches for offline use arrives after the page is up.
const precached = [];
context.on('response', async (response) => {
  if (!response.fromServiceWorker() && response.request().serviceWorker()) {
    try {
      const body = await response.body();
      if (/\.js$/.test(response.url())) precached.push(gzipSync(body, { level: 9 }).length);
    } catch {}
  }
});
page.on('response', async (response) => {
  const url = response.url();
  if (response.request().resourceType() !== 'script' && !url.endsWith('.js')) return;
  try {
    const body = await response.body();
    scripts.push({
      url: url.replace(BASE, '/'),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  } catch {}
});
await page.goto(BASE, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log('\n1. JavaScript loaded by a first visit (kB = 1000 bytes)');
for (const s of scripts)
  console.log(`  ${s.url.padEnd(48)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
const total = scripts.reduce((n, s) => n + s.gzip, 0);
console.log(
  `  ${'total'.padEnd(48)} ${kb(scripts.reduce((n, s) => n + s.raw, 0)).padStart(10)} raw ${kb(total).padStart(10)} gzip (budget 150 kB)`,
);
await page.evaluate(() => navigator.serviceWorker?.ready);
await page.waitForTimeout(3000);
console.log(
  `  then, in the background, the service worker fetches ${precached.length} more scripts for offline use: ${kb(precached.reduce((n, x) => n + x, 0))} gzip`,
);

// 2. Paste → verdict.
const bounce = readFileSync(join(ROOT, 'src/app/features/input/examples/gmail-unknown-user.eml'), 'utf8');
async function pasteToVerdict(target) {
  return target.evaluate(async (text) => {
    const box = document.querySelector('textarea');
    box.focus();
    const start = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // The browser does not paste on a synthetic event: put the text in as a paste would.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(event);
    await new Promise((resolve) => {
      const done = () => document.querySelector('[data-testid="verdict"]') && resolve();
      const observer = new MutationObserver(done);
      observer.observe(document.body, { childList: true, subtree: true });
      done();
    });
    // Wait for the frame that shows it.
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - start;
  }, bounce);
}
const cold = [];
const warm = [];
for (let i = 0; i < Math.min(runs, 6); i++) {
  const fresh = await browser.newPage();
  await fresh.goto(BASE, { waitUntil: 'networkidle' });
  cold.push(await pasteToVerdict(fresh));
  await fresh.close();
}
const again = await browser.newPage();
await again.goto(BASE, { waitUntil: 'networkidle' });
await pasteToVerdict(again);
for (let i = 0; i < runs; i++) {
  await again.getByRole('button', { name: 'New analysis' }).first().click();
  warm.push(await pasteToVerdict(again));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('\n2. Paste → rendered verdict, a typical bounce (3.5 kB, Postfix → Gmail, 550 5.1.1)');
console.log(
  `  first paste after load (worker starts): median ${median(cold).toFixed(0)} ms over ${cold.length} loads`,
);
console.log(
  `  later pastes:                          median ${median(warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms over ${warm.length} (target < 150 ms)`,
);
// 3. A 3 MB pathological paste: how long until the page answers, and the longest time the page
//    did not respond meanwhile (the gap between animation frames).
const patho = await browser.newPage();
await patho.goto(BASE, { waitUntil: 'networkidle' });
const figures = await patho.evaluate(async () => {
  const text = `${' '.repeat(1 << 20)}${'<'.repeat(1 << 20)}${'5.'.repeat(1 << 19)}`;
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const box = document.querySelector('textarea');
  box.focus();
  const start = performance.now();
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  setter.call(box, text);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await new Promise((resolve) => {
    const done = () => document.querySelector('section[aria-label="Diagnosis"]') && resolve();
    const observer = new MutationObserver(done);
    observer.observe(document.body, { childList: true, subtree: true });
  });
  running = false;
  return { answered: performance.now() - start, longest };
});
console.log('\n3. A 3 MB pathological paste (runs of spaces, "<", "5.")');
console.log(
  `  answered after ${figures.answered.toFixed(0)} ms (target < 5000 ms); longest pause of the page meanwhile ${figures.longest.toFixed(0)} ms`,
);
await browser.close();
stop();
process.exit(0);
