import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './index.js';
import { openStore, importUhriRows, searchUnRecommendations, type Db } from '../store/index.js';
import { readUhriExport } from '../ingest/index.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

const XLSX = fileURLToPath(new URL('../../test/fixtures/uhri/uhri-slovenia.xlsx', import.meta.url));

async function store(): Promise<Db> {
  const db = openStore(':memory:');
  importUhriRows(db, { kind: 'uhri', path: XLSX, fileName: 'uhri-slovenia.xlsx', sha256: 'x', sizeBytes: 1 }, (await readUhriExport(readFileSync(XLSX), XLSX)).value);
  return db;
}

type Page = { total: number; pages: number; next: string | null; items: { id: number; body: string; type: string; states: string[]; text: string }[] };

describe('UN bodies on the web: /un and /api/un-recommendations', () => {
  it('finds the same records as the store function behind upr search-un, by words, State, body and type', async () => {
    const db = await store();
    const app = createApp(db, { today: () => '2026-11-28' });
    const api = async (q: string) => (await (await app.request(`/api/un-recommendations?${q}`)).json()) as Page;
    const all = await api('');
    assert.equal(all.total, 10);
    const crc = await api('state=Slovenia&body=crc');
    assert.deepEqual(crc.items.map((r) => r.id), searchUnRecommendations(db, { state: 'SVN', body: 'crc' }).items.map((r) => r.id));
    assert.equal(crc.total, 6);
    assert.ok(crc.items.every((r) => r.body === 'CRC' && r.states.includes('SVN')));
    const words = await api('q=corporal+punishment');
    assert.deepEqual(words.items.map((r) => r.body), ['CRC']);
    const concerns = await api('type=Concerns/Observations');
    const recs = await api('type=recommendations');
    assert.ok(concerns.total > 0 && recs.total > 0);
    assert.ok(concerns.items.every((r) => r.type.includes('Concerns/Observations')));
    assert.ok(concerns.total + recs.total >= all.total, 'each record has one type or more');
    const paged = await api('size=4&page=2');
    assert.deepEqual([paged.total, paged.pages, paged.items.map((r) => r.id)], [10, 3, all.items.slice(4, 8).map((r) => r.id)]);
    assert.match(paged.next ?? '', /page=3/);
    const bad = await app.request('/api/un-recommendations?state=Narnia');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /unknown State \\"Narnia\\"/);
    db.close();
  });

  it('shows a search page in every language, linked from the navigation and the State page', async () => {
    const db = await store();
    const app = createApp(db, { today: () => '2026-11-28' });
    const html = await (await app.request('/un?state=SVN&body=CRC')).text();
    assert.match(html, /<h2 id="un-results">6 UN recommendation\(s\) and observation\(s\)<\/h2>/);
    assert.match(html, /<option value="CRC" selected="">CRC \(6\)<\/option>/);
    assert.match(html, /value="Slovenia"/, 'the State is shown by name');
    assert.deepEqual(await htmlValidationErrors(html, '/un'), []);
    assert.match(html, /<a href="\/un" aria-current="page">UN bodies<\/a>/);
    assert.match(await (await app.request('/un?lang=fr')).text(), /10 recommandation\(s\) et observation\(s\) de l’ONU/);
    assert.match(await (await app.request('/un?lang=es&q=zzzzqq')).text(), /Ninguna recomendación u observación de la ONU coincide/);
    const state = await (await app.request('/states/SVN')).text();
    assert.match(state, /href="\/un\?state=SVN"/);
    assert.match(state, /href="\/un\?state=SVN&amp;body=CRC"/, 'the bodies with more than five records link to all of them');
    assert.equal((await app.request('/un?page=0')).status, 400);
    db.close();
  });
});
