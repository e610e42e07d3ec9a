// Web server latency (issue 6): 500 varied search+facet page requests over the 21,355 cycle-1 records and
// over a generated ten-times copy (213,550), through Hono's app.request(); and the HTML size of the search page.
// Targets: p95 < 50 ms (21,355), p95 < 150 ms (213,550), search page < 60 kB.
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, searchRecommendations, countRecommendations, type Db } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText, type UprInfoRow } from '../src/ingest/index.js';
import { createApp } from '../src/web/index.js';
import { latencySummary, percentile } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];
const QUERIES = ['', 'child*', '"corporal punishment"', 'education', 'torture', 'women AND violence', 'trafficking', 'death penalty',
  '"birth registration"', 'juvenile', 'marriage OR "early marriage"', 'disabilit*', 'migrant*', 'police NOT training', 'roma'];
const FILTERS = ['', 'response=noted', 'session=7', 'cycle=1', 'issue=Rights+of+the+Child', 'by=FRA', 'state=SVN', 'group=WEOG',
  'response=supported&by=BRA', 'action=5', 'sort=-session', 'size=50', 'page=3'];
const PREFIXES = ['', 'Urgently, ', 'As a matter of priority, ', 'In consultation with civil society, ', 'With international assistance, ',
  'Within the next review period, ', 'In line with its obligations, ', 'At the national and local levels, ', 'Through legislation and policy, ', 'Step by step, '];

function readRows(): { file: string; bytes: Buffer; rows: UprInfoRow[] }[] {
  return FILES.map((f) => {
    const bytes = readFileSync(join(DIR, f));
    return { file: f, bytes, rows: parseUprInfoCsv(decodeText(bytes).text, f).value };
  });
}

function load(db: Db, files: ReturnType<typeof readRows>, copies: number): void {
  for (let k = 0; k < copies; k++) {
    for (const { file, bytes, rows } of files) {
      const varied = k === 0 ? rows : rows.map((r) => ({ ...r, text: PREFIXES[k % PREFIXES.length] + r.text, session: ((r.session - 1 + 12 * k) % 54) + 1 }));
      const sha = createHash('sha256').update(bytes).update(String(k)).digest('hex');
      importUprInfoRows(db, { kind: 'upr-info-csv', path: `${file}#copy${k}`, fileName: file, sha256: sha, sizeBytes: bytes.length }, varied);
    }
  }
}

async function measure(db: Db, label: string, target: number, ftsCacheSize?: number): Promise<void> {
  const app = createApp(db, { ftsCacheSize });
  const w0 = process.hrtime.bigint();
  await app.request('/'); // builds the in-memory index and warms the statement cache
  console.log(`first request (builds the search index), ${label}: ${(Number(process.hrtime.bigint() - w0) / 1e6).toFixed(0)} ms`);
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const f = FILTERS[Math.floor(i / QUERIES.length) % FILTERS.length]!;
    const url = `/?${[q ? `q=${encodeURIComponent(q)}` : '', f].filter(Boolean).join('&')}`;
    const t0 = process.hrtime.bigint();
    const res = await app.request(url);
    await res.text();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  }
  const s = [...samples].sort((a, b) => a - b);
  const n = countRecommendations(db);
  console.log(`search page + 10 facets, ${n} records${ftsCacheSize === 0 ? ', no full-text cache' : ''}: ${latencySummary(samples)} (target p95 < ${target} ms) ${percentile(s, 95) < target ? 'OK' : 'MISSED'}`);
  if (ftsCacheSize === 0) return;
  const stats: number[] = [];
  for (let i = 0; i < 50; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const t0 = process.hrtime.bigint();
    await (await app.request(`/stats?${q ? `q=${encodeURIComponent(q)}&` : ''}${FILTERS[i % FILTERS.length]}`)).text();
    stats.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`statistics page (4 SVG charts + tables), ${n} records: ${latencySummary(stats)} (no target)`);
}

/** What one `upr search` costs: a new connection, the engine's index built from scratch, one search. */
function oneShotSearch(path: string, label: string): void {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const db = openStore(path);
    searchRecommendations(db, { query: QUERIES[i + 1]!, response: ['noted'] }, { limit: 20 });
    db.close();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`one-shot CLI search (open the store, build the index, search), ${label}: ${latencySummary(samples)}`);
}

export default async function bench(): Promise<void> {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const files = readRows();
  const tmp = mkdtempSync(join(tmpdir(), 'upr-web-bench-'));
  try {
    const db = openStore(join(tmp, 'x1.db'));
    load(db, files, 1);
    await measure(db, 'x1', 50);
    await measure(db, 'x1', 50, 0);
    oneShotSearch(join(tmp, 'x1.db'), 'x1');
    const app = createApp(db);
    for (const url of ['/', '/?q=child*', '/?q=child*&size=100']) {
      const html = await (await app.request(url)).text();
      const kb = Buffer.byteLength(html) / 1024;
      const gz = (await (await app.request(url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer()).byteLength / 1024;
      console.log(`HTML size of ${url}: ${kb.toFixed(1)} kB (target < 60 kB) ${kb < 60 ? 'OK' : 'MISSED'}; ${gz.toFixed(1)} kB as sent gzip-compressed`);
    }
    db.close();
    const big = openStore(join(tmp, 'x10.db'));
    const t0 = Date.now();
    load(big, files, 10);
    console.log(`generated ten-times copy in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await measure(big, 'x10', 150);
    await measure(big, 'x10', 150, 0);
    oneShotSearch(join(tmp, 'x10.db'), 'x10');
    big.close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
