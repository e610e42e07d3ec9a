#!/usr/bin/env node
// The `upr` command: runs the compiled CLI (npm install / npm ci builds it via the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('upr: the compiled CLI is missing (dist/). Run `npm run build` first.');
  process.exit(1);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
