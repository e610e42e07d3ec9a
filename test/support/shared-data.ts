// Where the real UPR data of ../shared/data lives, and a loud skip when it is absent.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';

export const SHARED_DATA = resolve(process.env.UPR_SHARED_DATA ?? '../shared/data');

/** Path under ../shared/data, or undefined after skipping the test loudly when it is absent. */
export function sharedPath(t: TestContext, ...parts: string[]): string | undefined {
  const p = resolve(SHARED_DATA, ...parts);
  if (existsSync(p)) return p;
  const msg = `SKIPPED: real data not found at ${p} (set UPR_SHARED_DATA or check out ../shared)`;
  console.error(`\n*** ${msg} ***\n`);
  t.skip(msg);
  return undefined;
}

export const UPR_INFO_FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];

/** Slovenia's five cycle-3 documents: symbol (as printed on the first page) → file under ../shared/data. */
export const SLOVENIA_CYCLE3_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'A/HRC/WG.6/34/SVN/1': 'g1923444.pdf',
    'A/HRC/WG.6/34/SVN/2': 'g1925890.pdf',
    'A/HRC/WG.6/34/SVN/3': 'g1924226.pdf',
    'A/HRC/43/15': 'g1934994.pdf',
    'A/HRC/43/15/Add.1': 'g2004192.pdf',
  }).map(([symbol, file]) => [symbol, join(SHARED_DATA, 'slovenia', 'cycle3', file)]),
);
