import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createApp } from './index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

describe('web application (fixture store, no browser)', () => {
  let store: FixtureStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    store = fixtureStore(false);
    app = createApp(store.db, { today: () => '2026-11-28' });
  });
  after(() => store.cleanup());
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  it('renders the search page with facet counts that follow the query', async () => {
    const html = await (await get('/?q=children')).text();
    assert.match(html, /<h2 id="results-h"[^>]*>5 recommendations<\/h2>/); // 4 with "children", plus the "Rights of the Child" one
    assert.match(html, /href="\/\?q=children&amp;childIssue=corporal_punishment"/);
    assert.match(html, /<a class="skip" href="#main">/);
  });

  it('compresses pages for slow connections', async () => {
    const res = await get('/?q=children', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    const { gunzipSync } = await import('node:zlib');
    const zipped = Buffer.from(await res.arrayBuffer());
    assert.match(gunzipSync(zipped).toString('utf8'), /<html lang="en">/);
  });

  it('speaks French when asked, remembers it in a cookie, and keeps the data in its language', async () => {
    const res = await get('/?lang=fr&q=marriage');
    assert.match(res.headers.get('set-cookie') ?? '', /lang=fr/);
    const html = await res.text();
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /1 recommandations|Rechercher des recommandations/);
    assert.match(html, /Raise the minimum age of <mark>marriage<\/mark>/, "query words are marked, the text stays English");
    const again = await (await get('/', { cookie: 'lang=fr' })).text();
    assert.match(again, /<html lang="fr">/);
  });

  it('shows a recommendation with its provenance, evidence and the same recommendation in another cycle', async () => {
    const api = await (await get('/api/recommendations?q=%22corporal+punishment%22&cycle=1')).json() as { items: { id: number }[] };
    const id = api.items[0]!.id;
    const html = await (await get(`/recommendations/${id}`)).text();
    assert.match(html, /fixture\.csv/);
    assert.match(html, /line 2/);
    assert.match(html, /matched &quot;corporal punishment&quot;|matched "corporal punishment"/);
    assert.match(html, /Explicitly prohibit corporal punishment/, 'the cycle-2 recommendation is linked');
    const json = await (await get(`/api/recommendations/${id}`)).json() as { provenance: { sha256: string }; similarInOtherCycles: unknown[] };
    assert.equal(json.provenance.sha256.length, 64);
    assert.equal(json.similarInOtherCycles.length, 1);
  });

  it('shows a State with its reviews, next review and what it recommends', async () => {
    const html = await (await get('/states/SVN')).text();
    assert.match(html, /Cycle 1/);
    assert.match(html, /Next review not yet scheduled by the Human Rights Council; projected from the order of review: session 62 \(cycle 5\), around January 2030\./,
      'on 2026-11-28 Slovenia\'s cycle-4 review (session 48) is past');
    const api = await (await get('/api/states/SVN')).json() as { nextReview: unknown; projectedReview: { session: number; expectedMonth: string } };
    assert.equal(api.nextReview, null);
    assert.deepEqual([api.projectedReview.session, api.projectedReview.expectedMonth], [62, '2030-01']);
    assert.match(await (await get('/states/SVN?lang=fr')).text(), /session 62 \(cycle 5\), vers janvier 2030/);
    assert.match(await (await get('/states/HTI')).text(), /Next scheduled review: session 54/);
    const fr = await (await get('/api/states/FRA')).json() as { profile: { madeTotal: number } };
    assert.equal(fr.profile.madeTotal, 1);
    assert.match(html, /href="\/states\/SVN\/reports\/2"/);
    const report = await get('/states/SVN/reports/2?lang=es');
    assert.equal(report.status, 200);
    assert.match(await report.text(), /<html lang="es"/);
    assert.equal((await get('/states/SVN/reports/4')).status, 404);
  });

  it('renders charts as SVG with a data table beneath each', async () => {
    const html = await (await get('/stats?q=child*')).text();
    assert.equal((html.match(/<svg/g) ?? []).length >= 4, true);
    assert.equal((html.match(/<caption>/g) ?? []).length >= 4, true);
    const child = await (await get('/stats?scheme=child')).text();
    assert.match(child, /Corporal punishment|corporal/i);
  });

  it('serves valid HTML on every kind of page, in English, French and Spanish (html-validate)', async () => {
    const api = await (await get('/api/recommendations?q=children')).json() as { items: { id: number }[] };
    const pages = ['/', '/?q=child*&sort=session&size=10', '/facets/state?q=children', `/recommendations/${api.items[0]!.id}`,
      '/states', '/states/SVN', '/states/SVN/reports/2', '/stats', '/stats?scheme=child&q=child*', '/?cycle=9', '/states/XXX'];
    const problems: string[] = [];
    for (const lang of ['en', 'fr', 'es']) {
      for (const path of pages) {
        const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
        problems.push(...await htmlValidationErrors(await (await get(url)).text(), url));
      }
    }
    assert.deepEqual(problems, []);
  });

  it('translates errors once: invalid input 400, unknown 404, as JSON under /api and as a page elsewhere', async () => {
    const bad = await get('/api/recommendations?q=%22open');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json() as { error: { code: string } }).error.code, 'invalid_input');
    assert.equal((await get('/api/recommendations/999999')).status, 404);
    assert.equal((await get('/states/XXX')).status, 404);
    const page = await get('/?cycle=9');
    assert.equal(page.status, 400);
    assert.match(await page.text(), /<h1>Invalid request<\/h1>/);
  });

  it('exports any search as CSV with every field and a link back to each record', async () => {
    const res = await get('/export.csv?state=SVN');
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    const rows = parse((await res.text()).replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 4);
    assert.match(rows[0]!.url!, /^\/recommendations\/\d+$/, 'relative without a configured base URL');
    assert.equal(rows[0]!.source_file, 'fixture.csv');
  });

  it('describes the API with OpenAPI and counts facets on request', async () => {
    const doc = await (await get('/api/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/recommendations', '/api/recommendations/{id}', '/api/facets', '/api/states/{iso3}', '/api/stats']) assert.ok(doc.paths[p], p);
    const f = await (await get('/api/facets?facet=response&q=children')).json() as { total: number; facets: { response: { value: string; count: number }[] } };
    assert.equal(f.total, 5); // "children" also finds "Child" (irregular plural)
    assert.deepEqual(f.facets.response.map((v) => v.value).sort(), ['noted', 'supported']);
  });
});
