// An in-memory index of every recommendation's facet values and sort keys, so that a search page
// (total, one page in order, ten facets) costs one FTS lookup and a few passes over typed arrays
// instead of a dozen SQL aggregations. Rebuilt when the database changes (PRAGMA data_version).
import type { Db, FacetName } from '../store/index.js';

export type SingleColumn = 'state' | 'cycle' | 'session' | 'response' | 'action' | 'docType' | 'origin' | 'childRights';
export type MultiColumn = 'by' | 'group' | 'issue' | 'childIssue';
export type IndexOrder = 'session' | '-session' | 'state' | 'recommending';

/** The distinct values of one column: code → value and display label, value → code. */
export interface Dictionary {
  values: string[];
  labels: string[];
  codeOf: Map<string, number>;
}

export interface RecommendationIndex {
  version: string;
  size: number;
  /** Row → recommendation id (rows are in id order). */
  ids: Int32Array;
  rowOf: Map<number, number>;
  single: Record<SingleColumn, Int32Array>;
  multi: Record<MultiColumn, { offsets: Int32Array; codes: Int32Array }>;
  dict: Record<SingleColumn | MultiColumn, Dictionary>;
  /** Rows in each sort order of the store's search. */
  orders: Record<IndexOrder, Int32Array>;
  /**
   * Recent full-text results (rows in rank order) by FTS query, most recent last, at most `ftsCacheSize`:
   * paging and faceting one search repeat its query. Lives and dies with this index, so never stale.
   */
  ftsCache: Map<string, number[]>;
  ftsCacheSize: number;
}

/** Names facets share with index columns. */
export const FACET_COLUMNS: Record<FacetName, SingleColumn | MultiColumn> = {
  state: 'state', by: 'by', group: 'group', cycle: 'cycle', session: 'session', response: 'response',
  issue: 'issue', action: 'action', childIssue: 'childIssue', docType: 'docType',
};

function dictionary(): Dictionary & { code(value: string | number | null, label?: string): number } {
  const d = { values: [] as string[], labels: [] as string[], codeOf: new Map<string, number>() };
  return {
    ...d,
    code(value, label) {
      if (value === null || value === undefined) return -1;
      const v = String(value);
      let c = d.codeOf.get(v);
      if (c === undefined) {
        c = d.values.length;
        d.codeOf.set(v, c);
        d.values.push(v);
        d.labels.push(label ?? v);
      }
      return c;
    },
  };
}

/** A token that changes whenever any connection commits to the database. */
export function databaseVersion(db: Db): string {
  const dv = db.pragma('data_version', { simple: true }) as number;
  const tc = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${dv}:${tc}`;
}

/** Reads the whole index from the store (about a second for 200,000 recommendations). */
export function buildRecommendationIndex(db: Db, opts: { ftsCacheSize?: number } = {}): RecommendationIndex {
  const version = databaseVersion(db);
  const names = new Map((db.prepare('SELECT iso3, short_name AS name, un_group AS grp FROM states').all() as { iso3: string; name: string; grp: string }[]).map((s) => [s.iso3, s]));
  const rows = db.prepare(`SELECT r.id, v.state_iso3 AS state, v.cycle, v.session, r.response, r.action_category AS action, r.origin,
      d.type AS docType, c.is_child_rights AS childRights
    FROM recommendations r JOIN reviews v ON v.id = r.review_id LEFT JOIN documents d ON d.id = r.document_id
    LEFT JOIN child_rights c ON c.recommendation_id = r.id ORDER BY r.id`).raw().all() as (string | number | null)[][];
  const n = rows.length;
  const ids = new Int32Array(n);
  const rowOf = new Map<number, number>();
  const singleNames: SingleColumn[] = ['state', 'cycle', 'session', 'response', 'action', 'origin', 'docType', 'childRights'];
  const dicts = Object.fromEntries([...singleNames, 'by', 'group', 'issue', 'childIssue'].map((k) => [k, dictionary()])) as Record<SingleColumn | MultiColumn, ReturnType<typeof dictionary>>;
  const single = Object.fromEntries(singleNames.map((k) => [k, new Int32Array(n)])) as Record<SingleColumn, Int32Array>;
  const sessionKey = new Int32Array(n);
  rows.forEach(([id, state, cycle, session, response, action, origin, docType, childRights], i) => {
    ids[i] = id as number;
    rowOf.set(id as number, i);
    single.state[i] = dicts.state.code(state ?? null, names.get(state as string)?.name);
    single.cycle[i] = dicts.cycle.code(cycle ?? null);
    single.session[i] = dicts.session.code(session ?? null);
    single.response[i] = dicts.response.code(response ?? null);
    single.action[i] = dicts.action.code(action ?? null);
    single.origin[i] = dicts.origin.code(origin ?? null);
    single.docType[i] = dicts.docType.code(docType ?? null);
    single.childRights[i] = dicts.childRights.code(childRights ?? null);
    sessionKey[i] = session === null ? -1 : (session as number);
  });
  const lists = (sql: string, col: MultiColumn, label: (v: string) => string = (v) => v) => {
    const per: number[][] = Array.from({ length: n }, () => []);
    for (const [id, v] of db.prepare(sql).raw().all() as [number, string][]) {
      const row = rowOf.get(id);
      if (row === undefined || v === null) continue;
      const c = dicts[col].code(v, label(v));
      if (!per[row]!.includes(c)) per[row]!.push(c);
    }
    return per;
  };
  const byLists = lists('SELECT recommendation_id, state_iso3 FROM recommendation_states ORDER BY recommendation_id, position', 'by', (v) => names.get(v)?.name ?? v);
  const groupLists = byLists.map((codes) => [...new Set(codes.map((c) => dicts.group.code(names.get(dicts.by.values[c]!)?.grp ?? null)).filter((c) => c >= 0))]);
  const packed = (per: number[][]) => {
    const offsets = new Int32Array(n + 1);
    per.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
    const codes = new Int32Array(offsets[n]!);
    per.forEach((l, i) => codes.set(l, offsets[i]!));
    return { offsets, codes };
  };
  const multi = {
    by: packed(byLists),
    group: packed(groupLists),
    issue: packed(lists('SELECT recommendation_id, issue FROM recommendation_issues', 'issue')),
    childIssue: packed(lists('SELECT recommendation_id, issue FROM child_rights_issues', 'childIssue')),
  };
  // Sort orders mirror src/store/search.ts (SQLite compares text as bytes, NULLs first ascending).
  const iso = (i: number) => (single.state[i]! < 0 ? '' : dicts.state.values[single.state[i]!]!);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const minBy = byLists.map((codes) => (codes.length ? codes.map((c) => dicts.by.values[c]!).sort(cmp)[0]! : null));
  const cyc = (i: number) => Number(dicts.cycle.values[single.cycle[i]!] ?? 0);
  const all = () => Int32Array.from({ length: n }, (_, i) => i);
  const orders: Record<IndexOrder, Int32Array> = {
    session: all().sort((a, b) => sessionKey[a]! - sessionKey[b]! || cmp(iso(a), iso(b)) || ids[a]! - ids[b]!),
    '-session': all().sort((a, b) => sessionKey[b]! - sessionKey[a]! || cmp(iso(a), iso(b)) || ids[a]! - ids[b]!),
    state: all().sort((a, b) => cmp(iso(a), iso(b)) || cyc(a) - cyc(b) || ids[a]! - ids[b]!),
    recommending: all().sort((a, b) => {
      const x = minBy[a]!, y = minBy[b]!;
      if (x !== y) return x === null ? -1 : y === null ? 1 : cmp(x, y);
      return ids[a]! - ids[b]!;
    }),
  };
  const dict = Object.fromEntries(Object.entries(dicts).map(([k, d]) => [k, { values: d.values, labels: d.labels, codeOf: d.codeOf }])) as RecommendationIndex['dict'];
  return { version, size: n, ids, rowOf, single, multi, dict, orders, ftsCache: new Map(), ftsCacheSize: opts.ftsCacheSize ?? 32 };
}
