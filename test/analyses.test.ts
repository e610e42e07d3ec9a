// Issue 13 acceptance: over sessions 1–7 of the real UPR Info exports, the share of recommendations
// concerning children, the top 20 recommending States, the focus matrix, supported vs noted by issue and
// the noted list are computed through the CLI (`upr analyse --json`), the JSON API and the web pages, and
// compared; every count (JSON filters, page links) equals the total of the search it links to.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { openStore, searchIds, type Db, type RecommendationFilters } from '../src/store/index.js';
import { createApp } from '../src/web/index.js';
import { parseSearchParams } from '../src/web/search-params.js';
import { upr, tempDir } from './support/cli.js';
import { SHARED_DATA, sharedPath } from './support/shared-data.js';
import { htmlValidationErrors } from './support/html-validate.js';

interface JsonCell { value: number; filters: RecommendationFilters }
interface JsonTable { name: string; columns: { key: string; header: string; kind: string }[]; rows: Record<string, unknown>[] }
interface JsonAnalysis { facts: { name: string; value: number; filters?: RecommendationFilters }[]; tables: JsonTable[]; scope: { sessions: number[]; records: number } }

const SCOPE = ['--session', '1-7'];
const QS = 'session=1&session=2&session=3&session=4&session=5&session=6&session=7';
const CASES: { name: string; flags: string[]; qs: string; tables: string[] }[] = [
  { name: 'prominence', flags: [], qs: '', tables: ['issues', 'trend'] },
  { name: 'recommending-states', flags: ['--limit', '20'], qs: '&limit=20', tables: ['states'] },
  { name: 'focus-matrix', flags: [], qs: '', tables: ['counts', 'specialisation'] },
  { name: 'responses', flags: ['--list', '0'], qs: '&list=0', tables: ['issues', 'noted'] },
];

const isCell = (c: unknown): c is JsonCell => typeof c === 'object' && c !== null && 'value' in c && 'filters' in c;
const num = (s: string) => Number(s.replace(/[,\s%]/g, ''));

/** The cells of the page's table `name` as text, row by row. */
function pageTable(html: string, name: string): string[][] {
  const { document } = parseHTML(html);
  const table = document.querySelector(`[aria-labelledby="t-${name}"] table`);
  assert.ok(table, `the page shows table ${name}`);
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
}

describe('advocacy analyses: one implementation behind the CLI, the API and the web pages (sessions 1–7)', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: Db;
  before(async () => {
    tmp = tempDir();
    const files = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv'].map((f) => join(SHARED_DATA, 'upr-info', f));
    if ((await upr(['import', 'upr-info', ...files, '--db', tmp.db])).code !== 0) return;
    await upr(['classify', '--db', tmp.db]);
    db = openStore(tmp.db, { mode: 'read' });
  });
  after(() => {
    db?.close();
    tmp?.cleanup();
  });

  for (const c of CASES) {
    it(`${c.name}: the CLI's JSON is the API's, the page shows the same figures, and each count is its search's total`, async (t) => {
      if (!sharedPath(t, 'upr-info', 'upr-info-sessions-05-08.csv')) return;
      const cli = await upr(['analyse', c.name, ...SCOPE, ...c.flags, '--json', '--db', tmp!.db]);
      assert.equal(cli.code, 0, cli.stderr);
      const fromCli = JSON.parse(cli.stdout) as JsonAnalysis;
      const app = createApp(db);
      const api = await (await app.request(`/api/analyses/${c.name}?${QS}${c.qs}`)).json() as JsonAnalysis;
      assert.deepEqual(api, fromCli);
      assert.deepEqual(fromCli.scope.sessions, [1, 2, 3, 4, 5, 6, 7]);
      const html = await (await app.request(`/analyses/${c.name}?${QS}${c.qs}`)).text();
      assert.deepEqual(await htmlValidationErrors(html, c.name), []);
      assert.match(html, /Counted: [\d,]+ recommendations/, 'the page states what it counts');
      assert.match(html, /<dt>Sessions<\/dt><dd>1, 2, 3, 4, 5, 6, 7<\/dd>/);
      for (const name of c.tables) {
        const table = fromCli.tables.find((x) => x.name === name)!;
        const cells = pageTable(html, name);
        assert.equal(cells.length, table.rows.length, `rows of ${c.name}/${name}`);
        table.rows.forEach((row, i) => table.columns.forEach((col, j) => {
          const v = row[col.key];
          const shown = cells[i]![j]!;
          if (isCell(v) && col.kind === 'count') assert.equal(num(shown), v.value, `${c.name}/${name} row ${i} ${col.key}`);
          if (isCell(v) && col.kind === 'share') assert.equal(num(shown), Math.round(v.value * 1000) / 10, `${c.name}/${name} row ${i} ${col.key}`);
          if (isCell(v) && col.kind === 'index') assert.equal(num(shown), v.value);
          if (col.kind === 'record') assert.equal(num(shown), v);
        }));
      }
      // Drill-down: each count of the JSON, and each linked whole number of the page, is the total of its search.
      for (const table of fromCli.tables) {
        for (const row of table.rows) for (const col of table.columns) {
          const v = row[col.key];
          if (isCell(v) && col.kind === 'count') assert.equal(searchIds(db, v.filters, { limit: 0 }).total, v.value, `${c.name}/${table.name} ${col.key}`);
        }
      }
      const links = [...html.matchAll(/<a href="\/\?([^"]*)" class="count">([\d,]+)<\/a>/g)];
      assert.ok(links.length > 10, `the page links its numbers (${links.length})`);
      for (const [, query, text] of links) {
        const filters = parseSearchParams(new URLSearchParams(query!.replace(/&amp;/g, '&'))).filters;
        assert.equal(searchIds(db, filters, { limit: 0 }).total, num(text!), `link ${query}`);
      }
    });
  }

  it('the share concerning children is the classified count over the whole, the same on the page', async (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-05-08.csv')) return;
    const r = JSON.parse((await upr(['analyse', 'prominence', ...SCOPE, '--json', '--db', tmp!.db])).stdout) as JsonAnalysis;
    const fact = (n: string) => r.facts.find((f) => f.name === n)!;
    const all = searchIds(db, { session: [1, 2, 3, 4, 5, 6, 7] }, { limit: 0 }).total;
    const child = searchIds(db, { session: [1, 2, 3, 4, 5, 6, 7], childRights: true }, { limit: 0 }).total;
    assert.equal(fact('anRecommendations').value, all);
    assert.equal(fact('anChildRights').value, child);
    assert.equal(fact('anShareChild').value, Math.round((child / all) * 10000) / 10000);
    assert.ok(child > 500 && child < all / 2, `a plausible children's-rights count (${child} of ${all})`);
    const html = await (await createApp(db).request(`/analyses/prominence?${QS}`)).text();
    assert.ok(html.includes(`${Math.round((child / all) * 1000) / 10} %</a>`), 'the page shows the share');
  });

  it('downloads the focus matrix as CSV and XLSX with the counts of the JSON', async (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-05-08.csv')) return;
    const app = createApp(db);
    const json = await (await app.request(`/api/analyses/focus-matrix?${QS}`)).json() as JsonAnalysis;
    const csv = await (await app.request(`/analyses/focus-matrix/csv?${QS}&table=counts`)).text();
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    const counts = json.tables.find((x) => x.name === 'counts')!;
    assert.equal(lines.length, counts.rows.length + 1);
    assert.equal(lines[1]!.split(',')[1], String((counts.rows[0]!.total as JsonCell).value));
    const xlsx = await app.request(`/analyses/focus-matrix/xlsx?${QS}`);
    assert.equal(xlsx.status, 200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    assert.deepEqual(wb.worksheets.map((w) => w.rowCount), json.tables.map((x) => x.rows.length + 1));
  });
});
