#!/usr/bin/env node
// Launcher for the bouncelens command. The code it runs is compiled by `npm run build`
// (into dist-cli/), together with the web app.
import { existsSync } from 'node:fs';

const entry = new URL('../dist-cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('bouncelens: the tool is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
await import(entry.href);
