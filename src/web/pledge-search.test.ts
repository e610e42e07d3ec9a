// Voluntary pledges in the web search: tabs with both counts, the pledge list with kind=pledge (negative
// queries too), /api/pledges, and kind=pledge refused where only recommendations are listed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createApp } from './index.js';
import { importUprInfoRows } from '../store/index.js';
import { parseUprInfoCsv } from '../ingest/index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

const PLEDGES = ['To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session',
  'Albania,EEG,"OIC, OIF",The Government is committed to the National Strategy for Roma children.,Albania,EEG,"OIC, OIF",Voluntary Pledge,5,"Minorities,Rights of the Child",19',
  'Albania,EEG,"OIC, OIF",The Government will implement the anti-corruption strategy.,Albania,EEG,"OIC, OIF",Voluntary Pledge,5,Corruption,19',
].join('\r\n');

describe('voluntary pledges in the web search (fixture store)', () => {
  let store: FixtureStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    store = fixtureStore(false);
    importUprInfoRows(store.db, { kind: 'upr-info-csv', path: 'pledges.csv', fileName: 'pledges.csv', sha256: createHash('sha256').update(PLEDGES).digest('hex'), sizeBytes: PLEDGES.length },
      parseUprInfoCsv(PLEDGES, 'pledges.csv').value);
    app = createApp(store.db, { today: () => '2026-11-28' });
  });
  after(() => store.cleanup());
  const html = async (path: string) => (await app.request(path)).text();

  it('shows both counts as tabs; recommendations stay the default and their count is unchanged', async () => {
    const page = await html('/?q=children');
    assert.match(page, /<h2 id="results-h"[^>]*>5 recommendations<\/h2>/);
    assert.match(page, /<a href="\/\?q=children" aria-current="page">Recommendations \(5\)<\/a>/);
    assert.match(page, /<a href="\/\?q=children&amp;kind=pledge">Voluntary pledges \(1\)<\/a>/);
  });

  it('lists the pledges with kind=pledge, with a chip to go back, and answers negative queries', async () => {
    const page = await html('/?q=children&kind=pledge');
    assert.match(page, /<h2 id="results-h"[^>]*>1 voluntary pledges<\/h2>/);
    assert.match(page, /<a href="\/states\/ALB#pledge-\d+">The Government is committed to the National Strategy for Roma children\.<\/a>/);
    assert.match(page, /Voluntary pledge of Albania · Session 19 · Minorities, Rights of the Child/);
    assert.match(page, /<a href="\/\?q=children" aria-label="Remove filter: Voluntary pledges, not recommendations">/);
    assert.match(page, /<input type="hidden" name="kind" value="pledge"\/>/, 'a new search from the form stays on pledges');
    const without = await html('/?q=-roma&kind=pledge');
    assert.match(without, /The Government will implement the anti-corruption strategy\./);
    assert.doesNotMatch(without, /Roma children/);
    for (const path of ['/?q=children&kind=pledge', '/?kind=pledge&page=9', '/?by=FRA']) assert.deepEqual(await htmlValidationErrors(await html(path), path), []);
  });

  it('names the filters pledges lack instead of counting 0 of them', async () => {
    const page = await html('/?by=FRA');
    assert.match(page, /Voluntary pledges cannot be filtered by: Recommending State\./);
    assert.doesNotMatch(page, /kind=pledge/);
    const api = await app.request('/api/pledges?by=FRA');
    assert.equal(api.status, 400);
    assert.match((await api.json() as { error: { message: string } }).error.message, /voluntary pledges have no State/);
  });

  it('serves pledges at /api/pledges and refuses kind=pledge where recommendations are listed', async () => {
    const api = await (await app.request('/api/pledges?q=roma')).json() as { kind: string; total: number; items: { text: string; url: string }[] };
    assert.deepEqual([api.kind, api.total, api.items.length], ['pledge', 1, 1]);
    assert.match(api.items[0]!.url, /^\/states\/ALB#pledge-\d+$/);
    assert.equal((await (await app.request('/api/pledges?q=NOT+roma')).json() as { total: number }).total, 1);
    for (const path of ['/api/recommendations?kind=pledge', '/export.csv?kind=pledge', '/stats?kind=pledge']) {
      assert.equal((await app.request(path)).status, 400, path);
    }
    assert.equal((await app.request('/api/recommendations?kind=recommendation')).status, 200);
  });
});
