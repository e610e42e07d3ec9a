// Prominence by document type on ingested Slovenia documents: cycle 2 (national report, UN compilation, stakeholders'
// summary, Working Group report), the cycle-1 stakeholders' summary and the cycle-3 UN compilation, classified.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore, searchIds, searchParagraphs, type Db, type ParagraphQuery } from '../../store/index.js';
import { createApp } from '../../web/index.js';
import { upr, tempDir } from '../../../test/support/cli.js';
import { SHARED_DATA, sharedPath } from '../../../test/support/shared-data.js';
import { runAnalysis } from './registry.js';
import { isLinked, isParagraphCount, type Row } from './types.js';

const FILES = ['cycle1/g0917008.pdf', 'cycle2/g1409727.pdf', 'cycle2/g1413493.pdf', 'cycle2/g1414064.pdf', 'cycle2/g1423930.pdf', 'cycle3/g1925890.pdf'];
const KINDS = ['national_report', 'un_compilation', 'stakeholder_summary', 'dialogue'] as const;

interface ReportJson { references: { kind: string; issues: string[] }[] }

describe('prominence per document type on ingested Slovenia documents', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: Db | undefined;
  before(async () => {
    tmp = tempDir();
    if ((await upr(['ingest', ...FILES.map((f) => join(SHARED_DATA, 'slovenia', f)), '--db', tmp.db])).code !== 0) return;
    await upr(['classify', '--db', tmp.db]);
    db = openStore(tmp.db, { mode: 'read' });
  });
  after(() => {
    db?.close();
    tmp?.cleanup();
  });

  const table = (cycle: number) => runAnalysis(db!, 'prominence', { state: ['SVN'], cycle: [cycle] }, {}).tables.find((t) => t.name === 'documents')!;

  it("counts per issue the references the country report finds in each document of Slovenia's second review", async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf') || !db) return;
    const report = await upr(['report', 'SVN', '--cycle', '2', '--format', 'json', '--db', tmp!.db]);
    assert.equal(report.code, 0, report.stderr);
    const refs = (JSON.parse(report.stdout) as ReportJson).references;
    const rows = table(2).rows;
    assert.deepEqual(table(2).columns.map((c) => c.key), ['issue', ...KINDS, 'recommendations']);
    let compared = 0;
    for (const kind of KINDS) {
      const fromReport = new Map<string, number>();
      for (const r of refs.filter((x) => x.kind === kind)) for (const i of r.issues) fromReport.set(i, (fromReport.get(i) ?? 0) + 1);
      assert.ok(fromReport.size > 0, `the report finds children's-rights ${kind} paragraphs`);
      for (const [issue, n] of fromReport) {
        const cell = rows.find((r) => r.issue === issue)?.[kind];
        assert.ok(cell && isParagraphCount(cell), `${kind} ${issue}`);
        assert.equal(cell.value, n, `${kind} ${issue}`);
        compared++;
      }
    }
    assert.ok(compared > 15, `${compared} cells compared`);
  });

  it('links each paragraph count to the paragraph search listing exactly those paragraphs, and each recommendation count to its search', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf') || !db) return;
    for (const row of table(2).rows as Row[]) {
      for (const kind of KINDS) {
        const cell = row[kind]!;
        assert.ok(isParagraphCount(cell));
        const { total, hits } = searchParagraphs(db, cell.paragraphs);
        assert.equal(total, cell.value, `${String(row.issue)} ${kind}`);
        assert.ok(hits.every((h) => h.kind === kind && h.issues.includes(String(row.issue)) && h.stateIso3 === 'SVN' && h.cycle === 2));
      }
      const recs = row.recommendations!;
      assert.ok(isLinked(recs) && searchIds(db, recs.filters, { limit: 0 }).total === recs.value);
    }
  });

  it('counts only the reviews in scope: the cycle filter keeps the other cycles\' documents out', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1925890.pdf') || !db) return;
    const sum = (cycle: number, kind: string) => table(cycle).rows.reduce((a, r) => a + (isParagraphCount(r[kind]!) ? r[kind].value : 0), 0);
    assert.ok(sum(3, 'un_compilation') > 0 && sum(2, 'un_compilation') > 0);
    assert.equal(sum(3, 'national_report'), 0, 'no national report of cycle 3 was ingested');
    assert.equal(sum(1, 'un_compilation'), 0, 'no UN compilation of cycle 1 was ingested');
    const all = runAnalysis(db, 'prominence', { state: ['SVN'] }, {}).tables.find((x) => x.name === 'documents')!;
    const issueCell = (rows: Row[], issue: string, kind: string) => { const c = rows.find((r) => r.issue === issue)?.[kind]; return c && isParagraphCount(c) ? c.value : 0; };
    for (const r of all.rows) {
      const issue = String(r.issue);
      assert.equal(issueCell(all.rows, issue, 'un_compilation'), issueCell(table(2).rows, issue, 'un_compilation') + issueCell(table(3).rows, issue, 'un_compilation'), issue);
    }
  });

  it('files none of the paragraphs once misfiled under the wrong issue there', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1925890.pdf') || !db) return;
    const numbers = (q: ParagraphQuery, symbol: string) => searchParagraphs(db!, q).hits.filter((h) => h.symbol === symbol).map((h) => h.number);
    // Homosexual civil unions (para. 9) are not child marriage; police ill-treatment (para. 13) is not education.
    assert.ok(!numbers({ state: ['SVN'], childIssue: ['child_marriage'] }, 'A/HRC/WG.6/7/SVN/3').includes('9'));
    assert.ok(!numbers({ state: ['SVN'], childIssue: ['education'] }, 'A/HRC/WG.6/7/SVN/3').includes('13'));
    // Women's (and adolescent girls') sexual and reproductive health, para. 41, is not migrant children.
    assert.ok(!numbers({ state: ['SVN'], childIssue: ['migrant_refugee_children'] }, 'A/HRC/WG.6/34/SVN/2').includes('41'));
    assert.ok(numbers({ state: ['SVN'], childIssue: ['health'] }, 'A/HRC/WG.6/34/SVN/2').includes('41'), 'it is filed under health');
  });

  it('shows the table on the page, each paragraph count linked to the paragraph page, which lists the same number of paragraphs', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf') || !db) return;
    const app = createApp(db);
    const html = await (await app.request('/analyses/prominence?state=SVN&cycle=2')).text();
    const links = [...html.matchAll(/<a href="(\/paragraphs\?[^"]*)" class="count">([\d,]+)<\/a>/g)];
    assert.equal(links.length, table(2).rows.length * KINDS.length);
    for (const [, href, text] of links.filter(([, , n]) => n !== '0').slice(0, 8)) {
      const page = await (await app.request(href!.replace(/&amp;/g, '&'))).text();
      assert.match(page, new RegExp(`${text} paragraphs; the first ${text} listed`));
      assert.equal([...page.matchAll(/<blockquote>/g)].length, Number(text));
    }
    const bad = await app.request('/paragraphs?kind=preface');
    assert.equal(bad.status, 400);
  });
});
