// Runs every *.test.ts under src/ and test/ with Node's test runner (Node 20 has no globs for --test), with
// Node's own output, then one closing line `N passed, N failed, N skipped`. Exit code: the test runner's.
// Usage: node scripts/run-tests.mjs [substring-filter...]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(find(p));
    else if (/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = ['src', 'test']
  .flatMap((d) => find(d))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
// Naming a second reporter replaces the default one, so name the default too: spec on a terminal (and
// always from Node 23 on), TAP otherwise.
const usual = process.stdout.isTTY || Number(process.versions.node.split('.')[0]) >= 23 ? 'spec' : 'tap';
const tmp = mkdtempSync(join(tmpdir(), 'upr-tests-'));
const summaryFile = join(tmp, 'summary.json');
const r = spawnSync(
  process.execPath,
  [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    `--test-reporter=${usual}`, '--test-reporter-destination=stdout',
    `--test-reporter=${new URL('./test-summary-reporter.mjs', import.meta.url).href}`, `--test-reporter-destination=${summaryFile}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
let summary;
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  summary = undefined;
}
rmSync(tmp, { recursive: true, force: true });
if (summary) console.log(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
else console.log('run-tests: the test runner ended without a summary');
process.exit(r.status ?? 1);
