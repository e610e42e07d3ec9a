// The search engine against a plain reading of the same store: every recommendation read back as shown
// (getRecommendations), filtered, sorted and counted by hand, and FTS5 asked directly for the text part.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stateByIso3, type RecommendationView } from '../core/index.js';
import {
  getRecommendations, getChildRights, searchIds, searchStatistics, toFtsQuery, FACET_NAMES, FILTER_NAMES, SORT_ORDERS,
  type ChildRightsResult, type FacetName, type FacetValue, type FilterName, type RecommendationFilters, type SortOrder,
} from './index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';

const CASES: RecommendationFilters[] = [
  {}, { query: 'child*' }, { query: '"corporal punishment"' }, { query: 'torture', response: ['noted'] }, { by: ['FRA'] },
  { by: ['FRA', 'SWE'], cycle: [1] }, { group: ['WEOG'] }, { group: ['GRULAC', 'African'], issue: ['Rights of the Child'] },
  { state: ['SVN'] }, { session: [7, 20] }, { action: [5], response: ['supported'] }, { childIssue: ['corporal_punishment'] },
  { childRights: true }, { childRights: false, query: 'children' }, { issue: ['No such issue'] }, { query: 'education NOT higher', cycle: [1, 2] }, { origin: ['upr-info'], query: 'child*' }, { origin: ['document'] },
];

type Row = RecommendationView & { cr?: ChildRightsResult; origin: string; docType: string | null; values: Record<string, Set<string>> };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const shortName = (iso3: string) => stateByIso3(iso3)?.shortName ?? iso3;

/** The values of one facet for one recommendation, with their labels. */
function valuesOf(r: Omit<Row, 'values'>, facet: FilterName): [string, string][] {
  const by = [...new Set(r.recommendingStates.map((s) => s.iso3))];
  switch (facet) {
    case 'state': return [[r.stateUnderReview.iso3, shortName(r.stateUnderReview.iso3)]];
    case 'by': return by.map((iso3) => [iso3, shortName(iso3)]);
    case 'group': return [...new Set(by.map((iso3) => stateByIso3(iso3)!.group))].map((g) => [g, g]);
    case 'cycle': return [[String(r.cycle), String(r.cycle)]];
    case 'session': return [[String(r.session), String(r.session)]];
    case 'response': return [[r.response, r.response]];
    case 'issue': return r.issues.map((i) => [i, i]);
    case 'action': return r.actionCategory === null ? [] : [[String(r.actionCategory), String(r.actionCategory)]];
    case 'childIssue': return (r.cr?.issues ?? []).map((i) => [i.id, i.id]);
    case 'origin': return [[r.origin, r.origin]];
    case 'docType': return r.docType === null ? [] : [[r.docType, r.docType]];
    default: throw new Error(`the test does not know facet ${facet}`);
  }
}

function matches(r: Row, f: RecommendationFilters, fts: Set<number> | null): boolean {
  if (fts && !fts.has(r.id)) return false;
  for (const name of FILTER_NAMES) {
    const want = (f[name] as (string | number)[] | undefined)?.map(String);
    if (want?.length && !want.some((v) => r.values[name]!.has(v))) return false;
  }
  return f.childRights === undefined || (r.cr !== undefined && r.cr.isChildRights === f.childRights);
}

function counted(rows: Row[], facet: FacetName): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const r of rows) for (const [value, label] of valuesOf(r, facet)) {
    const v = counts.get(value) ?? { value, label, count: 0 };
    v.count++;
    counts.set(value, v);
  }
  const numeric = ['cycle', 'session', 'action'].includes(facet);
  return [...counts.values()].sort(numeric ? (a, b) => Number(a.value) - Number(b.value) : (a, b) => b.count - a.count || cmp(a.label, b.label));
}

describe('the search engine', () => {
  let store: FixtureStore;
  let all: Row[];
  let ranked: (f: RecommendationFilters) => number[] | null;
  before(() => {
    store = fixtureStore();
    const stored = store.db.prepare('SELECT r.id, r.origin, d.type AS docType FROM recommendations r LEFT JOIN documents d ON d.id = r.document_id ORDER BY r.id')
      .all() as { id: number; origin: string; docType: string | null }[];
    const ids = stored.map((r) => r.id);
    const cr = getChildRights(store.db, ids);
    const more = new Map(stored.map((r) => [r.id, r]));
    all = getRecommendations(store.db, ids).map((v) => {
      const r = { ...v, cr: cr.get(v.id), origin: more.get(v.id)!.origin, docType: more.get(v.id)!.docType };
      return { ...r, values: Object.fromEntries(FILTER_NAMES.map((n) => [n, new Set(valuesOf(r, n).map(([value]) => value))])) };
    });
    const fts = store.db.prepare('SELECT rowid AS id FROM recommendations_fts WHERE recommendations_fts MATCH ? ORDER BY rank, rowid');
    const seen = new Map<string, number[]>();
    ranked = (f) => {
      if (!f.query) return null;
      if (!seen.has(f.query)) seen.set(f.query, (fts.all(toFtsQuery(f.query)) as { id: number }[]).map((r) => r.id));
      return seen.get(f.query)!;
    };
  });
  after(() => store.cleanup());

  const matching = (f: RecommendationFilters): Row[] => {
    const hits = ranked(f);
    const set = hits ? new Set(hits) : null;
    return all.filter((r) => matches(r, f, set));
  };
  const expected = (f: RecommendationFilters, sort?: SortOrder): Row[] => {
    const hits = ranked(f);
    const rows = matching(f);
    const minBy = (r: Row) => r.recommendingStates.map((s) => s.iso3).sort(cmp)[0] ?? '';
    const order = sort ?? (hits ? 'relevance' : 'session');
    if (order === 'relevance' && hits) {
      const byId = new Map(rows.map((r) => [r.id, r]));
      return hits.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
    }
    const by: Record<Exclude<SortOrder, 'relevance'>, (a: Row, b: Row) => number> = {
      session: (a, b) => a.session - b.session || cmp(a.stateUnderReview.iso3, b.stateUnderReview.iso3) || a.id - b.id,
      '-session': (a, b) => b.session - a.session || cmp(a.stateUnderReview.iso3, b.stateUnderReview.iso3) || a.id - b.id,
      state: (a, b) => cmp(a.stateUnderReview.iso3, b.stateUnderReview.iso3) || a.cycle - b.cycle || a.id - b.id,
      recommending: (a, b) => cmp(minBy(a), minBy(b)) || a.id - b.id,
    };
    return rows.sort(by[order === 'relevance' ? 'session' : order]);
  };

  it('gives the totals and pages, in every sort order, of filtering and sorting the records by hand', () => {
    for (const f of CASES) {
      for (const sort of [undefined, ...SORT_ORDERS]) {
        const want = expected(f, sort);
        for (const offset of [0, 40]) {
          const got = searchIds(store.db, f, { sort, limit: 20, offset });
          assert.equal(got.total, want.length, `total of ${JSON.stringify(f)}`);
          assert.deepEqual(got.ids, want.slice(offset, offset + 20).map((r) => r.id), `page of ${JSON.stringify(f)} sorted by ${sort} from ${offset}`);
        }
      }
    }
  });

  it('counts every facet as the records do, and each under the other filters only when disjunctive', () => {
    for (const f of CASES) {
      const got = searchIds(store.db, f, { limit: 0, facets: FACET_NAMES, facetLimit: 300 });
      const either = searchIds(store.db, f, { limit: 0, facets: FACET_NAMES, facetLimit: 300, disjunctive: true });
      for (const name of FACET_NAMES) {
        assert.deepEqual(got.facets[name], counted(matching(f), name), `facet ${name} of ${JSON.stringify(f)}`);
        assert.deepEqual(either.facets[name], counted(matching({ ...f, [name]: undefined }), name), `disjunctive facet ${name} of ${JSON.stringify(f)}`);
      }
    }
  });

  it('computes the statistics page from the same records', () => {
    for (const f of CASES) {
      const rows = matching(f);
      const stats = searchStatistics(store.db, f, 'upr-info');
      assert.deepEqual(stats.topStates, counted(rows, 'by').slice(0, 15).map((v) => ({ iso3: v.value, name: v.label, count: v.count })), `top States ${JSON.stringify(f)}`);
      const trend = new Map<string, number>();
      for (const r of rows) trend.set(`${r.session}|${r.response}`, (trend.get(`${r.session}|${r.response}`) ?? 0) + 1);
      assert.deepEqual(stats.trend.map((t) => [`${t.session}|${t.response}`, t.count]), [...trend].sort((a, b) => Number(a[0].split('|')[0]) - Number(b[0].split('|')[0]) || cmp(a[0], b[0])));
      const top = new Set(counted(rows, 'issue').slice(0, 12).map((v) => v.value));
      const resp = stats.responses.reduce((n, x) => n + x.count, 0);
      assert.equal(resp, rows.reduce((n, r) => n + r.issues.filter((i) => top.has(i)).length, 0), `responses by issue ${JSON.stringify(f)}`);
    }
  });

  it('sees a change to the database at the next search', () => {
    const before = searchIds(store.db, { response: ['pending'] }).total;
    const first = all.find((r) => r.response !== 'pending')!;
    const set = store.db.prepare('UPDATE recommendations SET response = ? WHERE id = ?');
    set.run('pending', first.id);
    assert.equal(searchIds(store.db, { response: ['pending'] }).total, before + 1);
    set.run(first.response, first.id);
    assert.equal(searchIds(store.db, { response: ['pending'] }).total, before);
  });

  it('rejects a query it cannot parse as invalid input', () => {
    assert.throws(() => searchIds(store.db, { query: 'child AND (' }), { code: 'invalid_input' });
  });
});
