#!/usr/bin/env node
// Makes sure a Chromium for the browser tests is present. Playwright's own browser download
// does not work on machines without general internet access, so the tests use a system
// Chromium: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, which this script installs
// with apt-get when it is missing and we are root on a Debian-like system.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  process.stderr.write(
    `No Chromium found at ${wanted}.\n` +
      'Install one and point CHROMIUM_PATH at it, for example:\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium   (or chromium-browser)\n' +
      '  macOS:          CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"\n' +
      '  any system:     npx playwright install chromium, then CHROMIUM_PATH=<the path it prints>\n',
  );
  process.exit(1);
}
process.stdout.write('Installing Debian chromium for the browser tests…\n');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync(
  'apt-get',
  ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-ipafont-gothic'],
  { stdio: 'inherit', env },
);
