// The query language on the real UPR Info exports: a table of queries → counts held to invariants that a
// wrong parser cannot meet, checked against FTS5 asked directly, and the same counts through API and CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { searchIds } from './index.js';
import { createApp } from '../web/index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';
import { upr } from '../../test/support/cli.js';
import { sharedPath } from '../../test/support/shared-data.js';

describe('query language on the real UPR Info data', () => {
  let store: FixtureStore;
  let total = 0;
  const count = (query: string) => searchIds(store.db, { query }, { limit: 0 }).total;
  /** Recommendations FTS5 itself finds for a hand-written MATCH expression. */
  const fts = (match: string) => (store.db.prepare('SELECT count(*) AS n FROM recommendations_fts WHERE recommendations_fts MATCH ?').get(match) as { n: number }).n;
  before(() => {
    store = fixtureStore();
    total = searchIds(store.db, {}, { limit: 0 }).total;
  });
  after(() => store.cleanup());
  const real = (t: Parameters<typeof sharedPath>[0]) => sharedPath(t, 'upr-info') !== undefined && store.real;

  // [query, the same set written another way (or a hand-written FTS5 expression, prefixed "fts:")]
  const SAME: [string, string][] = [
    ['children', 'child'],
    ['child', 'fts:"child" OR "children"'],
    ['women', 'fts:"woman" OR "women"'],
    ['-child', 'NOT child'],
    ['child (school OR education)', 'child AND (school OR education)'],
    ['child (school OR education)', 'fts:("child" OR "children") AND ("school" OR "education")'],
    ['girls NOT boys', 'girls -boys'],
    ['girls NOT boys', 'fts:"girl" NOT "boy"'],
    ['"corporal punishment" -home', 'fts:"corporal punishment" NOT "home"'],
    ['"child marriage"', 'fts:"child marriage" OR "children marriage"'],
    ['tortur*', 'fts:"tortur"*'],
  ];
  for (const [a, b] of SAME) {
    it(`${JSON.stringify(a)} finds the same as ${JSON.stringify(b)}`, (t) => {
      if (!real(t)) return;
      const n = count(a);
      assert.ok(n > 0, `${a} finds something`);
      assert.equal(n, b.startsWith('fts:') ? fts(b.slice(4)) : count(b));
    });
  }

  // A query and its negation split the records between them.
  for (const q of ['child', 'torture', '"corporal punishment"', 'child (school OR education)', 'tortur*']) {
    it(`count(${q}) + count(NOT (${q})) is every record`, (t) => {
      if (!real(t)) return;
      assert.equal(count(q) + count(`NOT (${q})`), total);
      assert.ok(count(q) < total);
    });
  }

  it('narrows and widens as the operators say', (t) => {
    if (!real(t)) return;
    const [child, both, either] = [count('child'), count('child (school OR education)'), count('school OR education')];
    assert.ok(both <= child && both <= either && both > 0);
    assert.equal(count('torture OR NOT police'), total - fts('"police" NOT "torture"'));
    assert.equal(count('-torture -police'), total - fts('"torture" OR "police"'));
    assert.equal(count('NOT NOT torture'), count('torture'));
  });

  it('gives the same counts on the API and the CLI, and refuses an over-budget query with 400 / usage code', async (t) => {
    if (!real(t)) return;
    const app = createApp(store.db, { today: () => '2026-11-28' });
    const api = async (q: string) => app.request(`/api/recommendations?q=${encodeURIComponent(q)}&limit=1`);
    for (const q of ['-child', 'child (school OR education)', 'women']) {
      assert.equal((await (await api(q)).json() as { total: number }).total, count(q), q);
      const cli = await upr(['search', '--limit', '1', '--json', '--db', join(store.dir, 'web.db'), '--', q]);
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal((JSON.parse(cli.stdout) as { total: number }).total, count(q), q);
    }
    const flood = Array(20).fill('a*').join(' ');
    const res = await api(flood);
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await res.json()), /too short/);
    const cli = await upr(['search', flood, '--db', join(store.dir, 'web.db')]);
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /prefix "a\*" is too short/);
  });
});
