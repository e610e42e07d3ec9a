// Import of the three UPR Info exports and FTS query latency (issue: Foundation).
// Targets: full import < 10 s; p95 query < 20 ms over 200 varied queries.
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, searchRecommendations, type RecommendationFilters } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText } from '../src/ingest/index.js';
import { latencySummary, timeMs } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];

const TERMS = ['child', 'children', 'torture', 'education', '"corporal punishment"', 'women', 'trafficking', 'death penalty',
  'disabilit*', 'migrant*', '"birth registration"', 'juvenile', 'marriage', 'school*', 'ratify', 'ombudsman',
  'domestic violence', 'girls OR boys', 'child* AND labour', 'police NOT training', 'freedom expression',
  'indigenous', 'refugee*', 'health', 'poverty', '"national plan"', 'roma', 'minorit*', 'prison*', 'journalists'];
const FILTERS: RecommendationFilters[] = [{}, { response: ['noted'] }, { session: [7] }, { cycle: [1] }, { issue: ['Rights of the Child'] }, { by: ['FRA'] }, { state: ['SVN'] }];

export default function bench(): void {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-'));
  const dbPath = join(tmp, 'bench.db');
  const db = openStore(dbPath);
  const [, importMs] = timeMs(() => {
    for (const f of FILES) {
      const bytes = readFileSync(join(DIR, f));
      const { value } = parseUprInfoCsv(decodeText(bytes).text, f);
      importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }, value);
    }
  });
  const n = (db.prepare('SELECT count(*) AS n FROM recommendations').get() as { n: number }).n;
  console.log(`import of 3 UPR Info files: ${n} records in ${(importMs / 1000).toFixed(2)} s (target < 10 s)`);
  const [, reMs] = timeMs(() => {
    for (const f of FILES) {
      const bytes = readFileSync(join(DIR, f));
      importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: 'x' + f, sizeBytes: 0 }, parseUprInfoCsv(decodeText(bytes).text, f).value);
    }
  });
  console.log(`re-import (adds nothing): ${(reMs / 1000).toFixed(2)} s`);
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const query = TERMS[i % TERMS.length]!;
    const filters = { ...FILTERS[Math.floor(i / TERMS.length) % FILTERS.length], query };
    samples.push(timeMs(() => searchRecommendations(db, filters, { limit: 20 }))[1]);
  }
  console.log(`FTS search (20 rows + total, varied queries and filters): ${latencySummary(samples)} (target p95 < 20 ms)`);
  db.close();
  rmSync(tmp, { recursive: true, force: true });
}
