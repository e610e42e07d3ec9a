// One search engine behind every face: 50 searches (full text × filters × sort orders, taken from the
// data) asked through the CLI (`upr search --json`, `upr stats --json`, `upr export`), the JSON API, the
// web search page and the CSV export must give the same totals and the same first page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { openStore, facetCounts, getRecommendations, searchIds, SORT_ORDERS, type FacetName, type RecommendationFilters, type SortOrder } from '../src/store/index.js';
import { salientWords } from '../src/analysis/index.js';
import { createApp } from '../src/web/index.js';
import { upr, tempDir } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';

interface Case { query: string; filters: RecommendationFilters; sort?: SortOrder }

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** 50 searches built from what the store holds: its frequent facet values and words of its texts. */
function casesFrom(dbPath: string): Case[] {
  const db = openStore(dbPath);
  try {
    const top = (facet: FacetName, n: number) => facetCounts(db, {}, facet, n).map((v) => v.value);
    const pool: RecommendationFilters[] = [
      ...top('state', 4).map((v) => ({ state: [v] })), ...top('by', 4).map((v) => ({ by: [v] })), ...top('issue', 4).map((v) => ({ issue: [v] })),
      ...top('session', 3).map((v) => ({ session: [Number(v)] })), { session: top('session', 2).map(Number) }, ...top('group', 2).map((v) => ({ group: [v as 'WEOG'] })),
      ...top('response', 2).map((v) => ({ response: [v as 'noted'] })), ...top('action', 2).map((v) => ({ action: [Number(v)] })),
      ...top('childIssue', 2).map((v) => ({ childIssue: [v] })), ...(top('childIssue', 1).length ? [{ childRights: true }] : []), { by: top('by', 3) },
    ];
    const texts = getRecommendations(db, searchIds(db, {}, { limit: 12, sort: 'state' }).ids).map((r) => r.text);
    const words = [...new Set(texts.flatMap((t) => salientWords(t, 3)))];
    const w = (i: number) => words[i % words.length]!;
    const queries = ['', 'child*', '"corporal punishment"', ...words.slice(0, 8), `${w(1)} OR ${w(2)}`, `${w(3)} NOT ${w(4)}`, `${w(5).slice(0, 5)}*`, `"${texts[0]!.split(/\s+/).slice(1, 3).join(' ')}"`];
    return Array.from({ length: 50 }, (_, i) => {
      const filters = { ...pool[i % pool.length]!, ...(i % 3 === 0 ? pool[(i * 7 + 3) % pool.length]! : {}) };
      return { query: queries[i % queries.length]!, filters, sort: i % 6 === 5 ? undefined : SORT_ORDERS[i % SORT_ORDERS.length] };
    });
  } finally {
    db.close();
  }
}

function urlOf(c: Case, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (c.query) p.append('q', c.query);
  for (const [k, v] of Object.entries(c.filters)) for (const x of Array.isArray(v) ? v : [v ? '1' : '0']) p.append(k, String(x));
  if (c.sort) p.append('sort', c.sort);
  for (const [k, v] of Object.entries(extra)) p.append(k, v);
  return p.toString();
}

function flagsOf(c: Case): string[] {
  const out = c.query ? [c.query] : [];
  for (const [k, v] of Object.entries(c.filters)) {
    if (Array.isArray(v)) for (const x of v) out.push(`--${kebab(k)}`, String(x));
    else if (v) out.push(`--${kebab(k)}`);
  }
  return out;
}

/** Asks every face each search and compares them; returns how many searches found something. */
async function compareFaces(dbPath: string, cases: Case[], dir: string): Promise<number> {
  const db = openStore(dbPath);
  const app = createApp(db);
  let found = 0;
  try {
    for (const [i, c] of cases.entries()) {
      const what = `search ${i} ${JSON.stringify(c)}`;
      const cli = await upr(['search', ...flagsOf(c), ...(c.sort ? [`--sort=${c.sort}`] : []), '--json', '--db', dbPath]);
      assert.equal(cli.code, 0, `${what}: ${cli.stderr}`);
      const fromCli = JSON.parse(cli.stdout) as { total: number; records: { id: number }[] };
      const api = await (await app.request(`/api/recommendations?${urlOf(c)}`)).json() as { total: number; items: { id: number }[] };
      const html = await (await app.request(`/?${urlOf(c)}`)).text();
      const pageTotal = Number(/<h2 id="results-h"[^>]*>([\d,]+) recommendations<\/h2>/.exec(html)?.[1]?.replace(/,/g, ''));
      const pageIds = [...(/<ol class="results"[^>]*>(.*?)<\/ol>/s.exec(html)?.[1] ?? '').matchAll(/href="\/recommendations\/(\d+)"/g)].map((m) => Number(m[1]));
      const csv = await app.request(`/export.csv?${urlOf(c)}`);
      const rows = parse((await csv.text()).replace(/^\ufeff/, ''), { columns: true }) as { id: string }[];
      const first = (ids: number[]) => ids.slice(0, 20);
      assert.deepEqual([api.total, pageTotal, Number(csv.headers.get('x-total-count')), rows.length], Array(4).fill(fromCli.total), `totals of ${what}`);
      const want = first(fromCli.records.map((r) => r.id));
      assert.deepEqual(first(api.items.map((r) => r.id)), want, `API page of ${what}`);
      assert.deepEqual(pageIds, want, `web page of ${what}`);
      assert.deepEqual(first(rows.map((r) => Number(r.id))), want, `CSV export of ${what}`);
      if (i % 10 === 0) {
        const out = join(dir, `export-${i}.csv`);
        assert.equal((await upr(['export', 'recommendations', '--format', 'csv', '--out', out, ...(c.query ? ['--query', c.query] : []), ...flagsOf({ ...c, query: '' }), '--db', dbPath])).code, 0);
        const cliRows = parse(readFileSync(out, 'utf8').replace(/^\ufeff/, ''), { columns: true }) as { id: string }[];
        assert.deepEqual(cliRows.map((r) => Number(r.id)).sort((a, b) => a - b), rows.map((r) => Number(r.id)).sort((a, b) => a - b), `CLI export of ${what}`);
      }
      if (i % 5 === 0 && !c.filters.session) {
        const stats = JSON.parse((await upr(['stats', ...flagsOf(c), '--json', '--db', dbPath])).stdout) as { total: number; session: { value: string; count: number }[] };
        const facets = await (await app.request(`/api/facets?${urlOf(c, { facet: 'session', limit: '1000' })}`)).json() as { total: number; facets: { session: { value: string; count: number }[] } };
        assert.equal(stats.total, fromCli.total, `upr stats total of ${what}`);
        assert.deepEqual(stats.session, facets.facets.session.map(({ value, count }) => ({ value, count })), `per-session counts of ${what}`);
      }
      if (fromCli.total > 0) found++;
    }
  } finally {
    db.close();
  }
  return found;
}

describe('one search engine behind the CLI, the API, the web page and the exports', () => {
  it('gives the same totals and first pages for 50 searches over the bundled sample (classified)', async () => {
    const tmp = tempDir();
    try {
      const sample = resolve('data/sample/upr-info');
      assert.equal((await upr(['import', 'upr-info', ...readdirSync(sample).filter((f) => f.endsWith('.csv')).map((f) => join(sample, f)), '--db', tmp.db])).code, 0);
      assert.equal((await upr(['classify', '--db', tmp.db])).code, 0);
      const found = await compareFaces(tmp.db, casesFrom(tmp.db), tmp.dir);
      assert.ok(found >= 30, `only ${found} of 50 searches found something`);
    } finally {
      tmp.cleanup();
    }
  });

  it('gives the same totals and first pages for 50 searches over the real UPR Info exports', async (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const tmp = tempDir();
    try {
      const files = readdirSync(dir).filter((f) => /^upr-info-sessions-.*\.csv$/.test(f)).map((f) => join(dir, f));
      assert.equal((await upr(['import', 'upr-info', ...files, '--db', tmp.db])).code, 0);
      const found = await compareFaces(tmp.db, casesFrom(tmp.db), tmp.dir);
      assert.ok(found >= 30, `only ${found} of 50 searches found something`);
    } finally {
      tmp.cleanup();
    }
  });
});
