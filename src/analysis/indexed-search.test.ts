import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchIds, facetCounts, FACET_NAMES, SORT_ORDERS, type RecommendationFilters } from '../store/index.js';
import {
  buildRecommendationIndex, databaseVersion, indexedSearch, indexedStats, topRecommendingStates, issuesByRecommendingState, responsesByIssue, trendBySession,
  type RecommendationIndex,
} from './index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';

const CASES: RecommendationFilters[] = [
  {}, { query: 'child*' }, { query: '"corporal punishment"' }, { query: 'torture', response: ['noted'] }, { by: ['FRA'] },
  { by: ['FRA', 'SWE'], cycle: [1] }, { group: ['WEOG'] }, { group: ['GRULAC', 'African'], issue: ['Rights of the Child'] },
  { state: ['SVN'] }, { session: [7, 20] }, { action: [5], response: ['supported'] }, { childIssue: ['corporal_punishment'] },
  { childRights: true }, { childRights: false, query: 'children' }, { issue: ['No such issue'] }, { origin: ['upr-info'], query: 'education NOT higher' },
];

describe('indexed search', () => {
  let store: FixtureStore;
  let ix: RecommendationIndex;
  before(() => {
    store = fixtureStore();
    ix = buildRecommendationIndex(store.db);
  });
  after(() => store.cleanup());

  it('gives the same totals, pages in every sort order and facet counts as the store', () => {
    for (const f of CASES) {
      for (const sort of [undefined, ...SORT_ORDERS]) {
        for (const offset of [0, 40]) {
          const want = searchIds(store.db, f, { sort, limit: 20, offset });
          const got = indexedSearch(store.db, ix, f, { sort, limit: 20, offset });
          assert.equal(got.total, want.total, `total of ${JSON.stringify(f)}`);
          assert.deepEqual(got.ids, want.ids, `page of ${JSON.stringify(f)} sorted by ${sort} from ${offset}`);
        }
      }
      const got = indexedSearch(store.db, ix, f, { facets: FACET_NAMES, facetLimit: 300 });
      for (const name of FACET_NAMES) assert.deepEqual(got.facets[name], facetCounts(store.db, f, name, 300), `facet ${name} of ${JSON.stringify(f)}`);
    }
  });

  it('counts a facet under the other filters only when asked for disjunctive facets', () => {
    const f: RecommendationFilters = { query: 'child*', response: ['noted'], cycle: [1] };
    const got = indexedSearch(store.db, ix, f, { facets: ['response', 'cycle', 'state'], disjunctive: true });
    assert.deepEqual(got.facets.response, facetCounts(store.db, { query: 'child*', cycle: [1] }, 'response', 300));
    assert.deepEqual(got.facets.cycle, facetCounts(store.db, { query: 'child*', response: ['noted'] }, 'cycle', 300));
    assert.deepEqual(got.facets.state, facetCounts(store.db, f, 'state', 300));
    assert.equal(got.total, searchIds(store.db, f).total);
  });

  it('notices when the database changes', () => {
    const before = databaseVersion(store.db);
    store.db.prepare('UPDATE recommendations SET response = response WHERE id = 1').run();
    assert.notEqual(databaseVersion(store.db), before);
  });

  it('rejects a query FTS5 cannot parse as invalid input', () => {
    assert.throws(() => indexedSearch(store.db, ix, { query: '"unbalanced' }), { code: 'invalid_input' });
  });
});

describe('indexed statistics', () => {
  let store: FixtureStore;
  let ix: RecommendationIndex;
  before(() => {
    store = fixtureStore();
    ix = buildRecommendationIndex(store.db);
  });
  after(() => store.cleanup());

  it('equal the SQL aggregations of statistics.ts for every filter and both issue lists', () => {
    for (const f of CASES) {
      for (const scheme of ['upr-info', 'child'] as const) {
        const got = indexedStats(store.db, ix, f, scheme);
        const what = `${scheme} ${JSON.stringify(f)}`;
        assert.deepEqual(got.topStates, topRecommendingStates(store.db, f, 15), `top States ${what}`);
        assert.deepEqual(got.heat, issuesByRecommendingState(store.db, f, scheme, 12, 10), `heat map ${what}`);
        assert.deepEqual(got.responses, responsesByIssue(store.db, f, scheme, 12), `responses ${what}`);
        assert.deepEqual(got.trend, trendBySession(store.db, f), `trend ${what}`);
      }
    }
  });
});
