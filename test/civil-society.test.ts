// The civil-society map (analysis 8) on Slovenia's three real summaries of stakeholders' submissions
// (cycles 1-3): organisations across cycles, joint-submission partners, NHRI, issues; the same figures
// from the CLI, the API and the page; every count the length of the listing it links to; a store whose
// summaries were stored before the map existed gets it from `upr classify`.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type Db } from '../src/store/index.js';
import { createApp } from '../src/web/index.js';
import { upr, tempDir } from './support/cli.js';
import { SHARED_DATA, sharedPath } from './support/shared-data.js';
import { htmlValidationErrors } from './support/html-validate.js';
import { runAnalysis, isListed, type Listed, type Row } from '../src/analysis/index.js';

const FILES = [['cycle1', 'g0917008.pdf'], ['cycle2', 'g1409727.pdf'], ['cycle3', 'g1924226.pdf']].map(([c, f]) => join(SHARED_DATA, 'slovenia', c!, f!));
type Json = { facts: { name: string; value: number | string; href?: string }[]; tables: { name: string; rows: Record<string, unknown>[] }[] };

describe("civil-society map of Slovenia's reviews (cycles 1-3)", () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: Db | undefined;
  let ingestErr = '';
  before(async () => {
    tmp = tempDir();
    const r = await upr(['ingest', ...FILES, '--db', tmp.db]);
    if (r.code !== 0) return;
    ingestErr = r.stderr;
    db = openStore(tmp.db, { mode: 'read' });
  });
  after(() => {
    db?.close();
    tmp?.cleanup();
  });

  const rows = (filters: Parameters<typeof runAnalysis>[2] = { state: ['SVN'] }) => runAnalysis(db!, 'civil-society', filters).tables.find((t) => t.name === 'organisations')!.rows;
  const named = (rs: Row[], name: string) => rs.find((r) => r.organisation === name)!;
  const value = (c: unknown) => (c as Listed).value;

  it('reports, on ingest, what the lists and citations fail (a coalition without members, abbreviations the list lacks)', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    assert.match(ingestErr, /A\/HRC\/WG\.6\/7\/SVN\/3: submitters: submitter "SRI": joint submission "Sexual Rights Initiative"/);
    assert.match(ingestErr, /A\/HRC\/WG\.6\/34\/SVN\/3: submitters: citation "PRPR\/JS4": cited \(footnote\) but not in the list/);
    const reviews = runAnalysis(db, 'civil-society', { state: ['SVN'] }).tables.find((x) => x.name === 'reviews')!.rows;
    assert.deepEqual(reviews.map((r) => [r.cycle, r.document]), [[1, 'A/HRC/WG.6/7/SVN/3'], [2, 'A/HRC/WG.6/20/SVN/3'], [3, 'A/HRC/WG.6/34/SVN/3']]);
    assert.match(String(reviews[2]!.problems), /HROSR: cited/);
  });

  it("joins the Ombudsman's two abbreviations (VARUH, HRORS) into one NHRI that submitted in cycles 1 and 3", (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const o = named(rows(), 'Human Rights Ombudsman of the Republic of Slovenia');
    assert.deepEqual([o.kind, o.abbreviations, o.reviews], ['nhri', 'VARUH, HRORS', 'SVN: 1, 3']);
    const r = runAnalysis(db, 'civil-society', { state: ['SVN'] });
    assert.equal(r.facts.find((f) => f.key === 'anCsNhriSubmitted')!.value, '2 / 3');
    assert.equal(r.facts.find((f) => f.key === 'anCsSummaries')!.value, 3);
    assert.equal(named(rows(), 'Amnesty International').reviews, 'SVN: 1, 2, 3');
  });

  it('lists each member of a joint submission with its partners and the paragraphs of the coalition', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const all = rows();
    const peace = named(all, 'Peace Institute');
    assert.deepEqual([peace.kind, peace.via, peace.partners], ['ngo', 'JS2 (SVN, cycle 3)', 'European Network and Statelessness; Institute on Statelessness and Inclusion']);
    const js2 = named(all, 'Joint submission 2');
    assert.equal(js2.partners, 'European Network and Statelessness; Institute on Statelessness and Inclusion; Peace Institute');
    assert.equal(value(peace.paragraphs), value(js2.paragraphs));
    assert.ok(value(js2.paragraphs) > 0);
  });

  it('gives the children\'s-rights issues each raised; an issue keeps only the organisations that raised it', (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const gieacpc = named(rows(), 'Global Initiative to End All Corporal Punishment of Children');
    assert.match(String(gieacpc.issues), /corporal_punishment/);
    assert.equal(gieacpc.reviews, 'SVN: 1, 2');
    const onIssue = rows({ state: ['SVN'], childIssue: ['corporal_punishment'] });
    assert.ok(onIssue.some((r) => r.organisation === gieacpc.organisation));
    assert.ok(onIssue.every((r) => value(r.childParagraphs) > 0));
    assert.ok(onIssue.length < rows().length);
    assert.deepEqual(rows({ state: ['SVN'], cycle: [3] }).filter((r) => r.organisation === gieacpc.organisation), []);
  });

  it('the CLI, the API and the page give the same figures; every count is the length of the listing it links to', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const cli = await upr(['analyse', 'civil-society', '--state', 'Slovenia', '--json', '--db', tmp!.db]);
    assert.equal(cli.code, 0, cli.stderr);
    const app = createApp(db);
    const api = await (await app.request('/api/analyses/civil-society?state=SVN')).json() as Json;
    assert.deepEqual(api, JSON.parse(cli.stdout));
    const html = await (await app.request('/analyses/civil-society?state=SVN')).text();
    assert.deepEqual(await htmlValidationErrors(html, 'civil-society'), []);
    const links = [...html.matchAll(/<a href="(\/analyses\/civil-society\/paragraphs\?[^"]*)" class="count">([\d,]+)<\/a>/g)];
    assert.ok(links.length > 40, `the page links its counts (${links.length})`);
    for (const [, href, text] of links.slice(0, 60)) {
      const listing = await (await app.request(`/api${href!.replace(/&amp;/g, '&')}`)).json() as { paragraphs: unknown[] };
      assert.equal(listing.paragraphs.length, Number(text!.replace(/,/g, '')), href);
    }
    const cells = api.tables.flatMap((x) => x.rows.flatMap((r) => Object.values(r))).filter((c) => isListed(c as never)) as Listed[];
    assert.ok(cells.every((c) => html.includes(`href="${c.href.replace(/&/g, '&amp;')}" class="count">${c.value}<`)));
    const page = await (await app.request(links[0]![1]!.replace(/&amp;/g, '&'))).text();
    assert.deepEqual(await htmlValidationErrors(page, 'civil-society-paragraphs'), []);
    assert.match(page, /href="\/documents\/\d+#p-\d+"/);
    const statePage = await (await app.request('/states/SVN')).text();
    assert.match(statePage, /<a href="\/analyses\/civil-society\?state=SVN">Civil-society map: who reported on this State<\/a>/);
  });

  it('a store whose summaries were stored before the map existed gets it from upr classify', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const before = rows();
    const w = new Database(tmp!.db);
    w.exec('DELETE FROM submitters; DELETE FROM submitter_maps; DELETE FROM summary_paragraphs;');
    w.close();
    assert.deepEqual(rows(), []);
    const r = await upr(['classify', '--db', tmp!.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /3 summary\(ies\) of stakeholders' submissions mapped/);
    assert.deepEqual(rows(), before);
  });
});
