// Every filter a page applies is visible on it: chips for the words, the list filters and the
// children's-rights switch; the statistics page says what it counts; a page past the last says so.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';

describe('visible filters on the web (fixture store)', () => {
  let store: FixtureStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    store = fixtureStore(false);
    app = createApp(store.db, { today: () => '2026-11-28' });
  });
  after(() => store.cleanup());
  const html = async (path: string) => (await app.request(path)).text();
  const chips = (page: string) => [...page.matchAll(/<li><a href="([^"]*)" aria-label="Remove filter: ([^"]*)">/g)].map((m) => [m[2]!.replace(/&#39;|&apos;/g, "'"), m[1]!.replace(/&amp;/g, '&')]);

  it("shows a removable chip for childRights=1 and for the words, beside the list filters", async () => {
    const page = await html('/?q=children&childRights=1&state=SVN');
    assert.deepEqual(chips(page), [
      ['Words: children', '/?state=SVN&childRights=1'],
      ['State under review: Slovenia', '/?q=children&childRights=1'],
      ["Children's rights only", '/?q=children&state=SVN'],
    ]);
    assert.match(page, /<h2 id="results-h"[^>]*>3 recommendations<\/h2>/);
  });

  it("offers a children's-rights-only checkbox in the search form, checked when the filter is on", async () => {
    assert.match(await html('/?q=children'), /<input type="checkbox" id="childRights" name="childRights" value="1"\/>/);
    assert.match(await html('/?q=children&childRights=1'), /<input type="checkbox" id="childRights" name="childRights" value="1" checked=""\/>/);
    const all = await html('/');
    const only = await html('/?childRights=1');
    assert.match(all, /8 recommendations/);
    assert.match(only, /5 recommendations/, 'submitting the checked box narrows the search');
  });

  it('says which search the statistics count, with the same chips', async () => {
    const everything = await html('/stats');
    assert.match(everything, /Counting all 8 recommendations in the store/);
    const page = await html('/stats?q=children&childRights=1&scheme=child');
    assert.match(page, /Counting 4 recommendations matching this search:/);
    assert.deepEqual(chips(page).map(([label]) => label), ['Words: children', "Children's rights only"]);
    assert.ok(chips(page).every(([, href]) => href!.startsWith('/stats?') && href!.endsWith('scheme=child')), 'removing a chip stays on the statistics, same scheme');
    const api = await (await app.request('/api/stats?q=children&childRights=1')).json() as { total: number; filters: unknown };
    assert.equal(api.total, 4);
    assert.deepEqual(api.filters, { query: 'children', childRights: true });
  });

  it('says there are no results on a page past the last, never "Showing 19,999,961–19,999,960"', async () => {
    const page = await html('/?page=999999');
    assert.doesNotMatch(page, /Showing/);
    assert.match(page, /No results on page 999,999: this search has 1 page\(s\)\. <a href="\/\?">Go to page 1<\/a>/);
    const sized = await html('/?size=10&page=5&q=children');
    assert.match(sized, /No results on page 5: this search has 1 page\(s\)/);
    const api = await (await app.request('/api/recommendations?page=999999')).json() as { total: number; pages: number; items: unknown[]; message: string; last: string; next: unknown };
    assert.deepEqual([api.total, api.pages, api.items.length, api.next], [8, 1, 0, null]);
    assert.equal(api.message, 'no results on page 999999: this search has 1 page(s)');
    assert.equal(api.last, '/api/recommendations?');
  });
});
