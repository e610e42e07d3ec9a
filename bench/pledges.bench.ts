// Voluntary pledges in search (issue 11): the pledge count every search page adds, and a page of pledges
// (kind=pledge), over the real voluntary-pledges export beside the 21,355 cycle-1 recommendations;
// through Hono's app.request(). Target: the search page's p95 stays under the 50 ms of issue 6.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, searchPledgeRecords, type Db, type RecommendationFilters } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText } from '../src/ingest/index.js';
import { createApp } from '../src/web/index.js';
import { latencySummary, timeMs } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv', 'upr-info-voluntary-pledges.csv'];
const QUERIES = ['', 'child*', 'education', '-roma', 'NOT education', 'women AND violence', '"national plan"', 'torture', 'disabilit*', 'roma'];
const FILTERS = ['', 'state=ALB', 'cycle=2', 'session=19', 'issue=rights+of+the+child', 'action=5'];
const FILTER_VALUES: RecommendationFilters[] = [{}, { state: ['ALB'] }, { cycle: [2] }, { session: [19] }, { issue: ['Rights of the Child'] }, { action: [5] }];

function load(db: Db): void {
  for (const f of FILES) {
    const bytes = readFileSync(join(DIR, f));
    importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length },
      parseUprInfoCsv(decodeText(bytes).text, f).value);
  }
}

export default async function bench(): Promise<void> {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) return void console.log(`SKIPPED: ${DIR} not found`);
  const db = openStore(':memory:');
  load(db);
  const counts: number[] = [];
  searchPledgeRecords(db, { query: 'warm' }, { limit: 0 });
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) for (const f of FILTER_VALUES) counts.push(timeMs(() => searchPledgeRecords(db, { ...f, ...(q ? { query: q } : {}) }, { limit: 0 }))[1]);
  }
  console.log(`pledge count (searchPledgeRecords, limit 0), ${QUERIES.length * FILTER_VALUES.length} searches × 3: ${latencySummary(counts)}`);
  const app = createApp(db, {});
  for (const kind of ['', '&kind=pledge']) {
    const samples: number[] = [];
    await app.request('/?q=warm');
    for (let round = 0; round < 3; round++) {
      for (const q of QUERIES) for (const f of FILTERS) {
        const t0 = process.hrtime.bigint();
        const res = await app.request(`/?q=${encodeURIComponent(q)}&${f}${kind}`);
        await res.text();
        if (res.status !== 200) throw new Error(`${res.status} for ${q} ${f}`);
        samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    console.log(`search page ${kind ? 'listing pledges (kind=pledge)' : 'of recommendations, with the pledge tab count'}: ${latencySummary(samples)}`);
  }
  db.close();
}
