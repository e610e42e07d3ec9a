// Loaded by bin/upr.js once the Node version is known to be supported: runs the compiled CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Runs `upr` with the process arguments; sets the exit code. */
export async function main() {
  const cli = new URL('../dist/cli/main.js', import.meta.url);
  if (!existsSync(fileURLToPath(cli))) {
    console.error('upr: the compiled CLI is missing (dist/). Run `npm run build` first.');
    process.exit(1);
  }
  const { run } = await import(cli.href);
  process.exitCode = await run(process.argv.slice(2));
}
