// Builds the command-line tool once before the tests, so the CLI tests run the real launcher
// (bin/bouncelens.mjs) on the real build output.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}
