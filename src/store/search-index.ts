// The search engine's in-memory index: every recommendation's filter values (the columns declared in
// filters.ts) as dictionary codes in typed arrays, and its sort orders, so that a search (total, one
// page in order, facet counts, statistics) is one FTS5 lookup plus passes over arrays. Built from the
// store in about 0.2 s per 20,000 recommendations; search-cache.ts rebuilds it when the database changes.
import type { Db } from './database.js';
import { FILTERS, FILTER_NAMES, YES_NO_FILTERS, type FilterName } from './filters.js';

export type ColumnName = FilterName | keyof typeof YES_NO_FILTERS;
export type IndexOrder = 'session' | '-session' | 'state' | 'recommending';

/** The distinct values of one column: code → value and display label, value → code. */
export interface Dictionary {
  values: string[];
  labels: string[];
  codeOf: Map<string, number>;
}

/** One value per row (code, or -1 for none), or a list per row (`codes[offsets[row]..offsets[row + 1]]`). */
export type Column =
  | { kind: 'single'; dict: Dictionary; codes: Int32Array }
  | { kind: 'multi'; dict: Dictionary; offsets: Int32Array; codes: Int32Array };

export interface SearchIndex {
  /** The database version it was read at (see databaseVersion). */
  version: string;
  size: number;
  /** Row → recommendation id (rows are in id order). */
  ids: Int32Array;
  /** Recommendation id → row, -1 when absent. */
  rowOf: Int32Array;
  columns: Record<ColumnName, Column>;
  /** Rows in each sort order, computed on first use. */
  orders: Partial<Record<IndexOrder, Int32Array>>;
}

function dictionary(labelOf: (v: string) => string = (v) => v) {
  const d: Dictionary = { values: [], labels: [], codeOf: new Map() };
  const code = (value: string | number | null | undefined): number => {
    if (value === null || value === undefined) return -1;
    const v = String(value);
    let c = d.codeOf.get(v);
    if (c === undefined) {
      c = d.values.length;
      d.codeOf.set(v, c);
      d.values.push(v);
      d.labels.push(labelOf(v));
    }
    return c;
  };
  return { dict: d, code };
}

/** A token that changes whenever any connection commits to the database. */
export function databaseVersion(db: Db): string {
  const dv = db.pragma('data_version', { simple: true }) as number;
  const tc = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${dv}:${tc}`;
}

/** Reads the whole index from the store. */
export function buildSearchIndex(db: Db): SearchIndex {
  const version = databaseVersion(db);
  const names = new Map((db.prepare('SELECT iso3, short_name FROM states').raw().all() as [string, string][]));
  const labelOf = (name: ColumnName) => (name in FILTERS && FILTERS[name as FilterName].labels === 'state-names' ? (v: string) => names.get(v) ?? v : undefined);
  const single = FILTER_NAMES.filter((n) => 'single' in FILTERS[n].column);
  const exprs = [...single.map((n) => (FILTERS[n].column as { single: string }).single), ...Object.values(YES_NO_FILTERS).map((f) => f.column)];
  const singleNames: ColumnName[] = [...single, ...(Object.keys(YES_NO_FILTERS) as ColumnName[])];
  const rows = db.prepare(`SELECT r.id, ${exprs.join(', ')} FROM recommendations r JOIN reviews v ON v.id = r.review_id
    LEFT JOIN documents d ON d.id = r.document_id LEFT JOIN child_rights c ON c.recommendation_id = r.id ORDER BY r.id`).raw().all() as (string | number | null)[][];
  const n = rows.length;
  const ids = new Int32Array(n);
  const maxId = n ? (rows[n - 1]![0] as number) : 0;
  const rowOf = new Int32Array(maxId + 1).fill(-1);
  const columns = {} as Record<ColumnName, Column>;
  const coders = singleNames.map((name) => {
    const { dict, code } = dictionary(labelOf(name));
    const codes = new Int32Array(n);
    columns[name] = { kind: 'single', dict, codes };
    return { codes, code };
  });
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    ids[i] = row[0] as number;
    rowOf[row[0] as number] = i;
    for (let k = 0; k < coders.length; k++) coders[k]!.codes[i] = coders[k]!.code(row[k + 1]);
  }
  for (const name of FILTER_NAMES) {
    const col = FILTERS[name].column;
    if ('multi' in col) columns[name] = multiColumn(db, col.multi, rowOf, n, dictionary(labelOf(name)));
  }
  return { version, size: n, ids, rowOf, columns, orders: {} };
}

function multiColumn(db: Db, sql: string, rowOf: Int32Array, n: number, d: ReturnType<typeof dictionary>): Column {
  const per: number[][] = Array.from({ length: n }, () => []);
  for (const [id, v] of db.prepare(sql).raw().all() as [number, string | number | null][]) {
    const row = id < rowOf.length ? rowOf[id]! : -1;
    if (row < 0 || v === null) continue;
    const c = d.code(v);
    if (!per[row]!.includes(c)) per[row]!.push(c);
  }
  const offsets = new Int32Array(n + 1);
  per.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const codes = new Int32Array(offsets[n]!);
  per.forEach((l, i) => codes.set(l, offsets[i]!));
  return { kind: 'multi', dict: d.dict, offsets, codes };
}
