// Cross-tabulation over the search engine's index: how many matching recommendations fall in each
// combination of values of several facets (recommending State × children's-rights issue × response…).
// The advocacy analyses are built on it, so each of their counts is the total of one search.
import type { Db } from './database.js';
import type { RecommendationFilters } from './filters.js';
import type { FacetName } from './facets.js';
import { matchingRows } from './search.js';
import type { Column } from './search-index.js';

export interface CrossCounts {
  /** Recommendations matching the filters. */
  total: number;
  /** Value → display label of each dimension (State short names for State facets). */
  labels: Map<string, string>[];
  /** One entry per combination met: the value of each dimension, in the order asked, and its count. */
  cells: { values: string[]; count: number }[];
}

/**
 * Counts the recommendations matching `filters` per combination of values of `dims`. A recommendation is
 * counted once in each combination it belongs to (with two recommending States, once for each), so a
 * cell's count is the total of the search `filters` + one value per dimension.
 */
export function crossCounts(db: Db, filters: RecommendationFilters, dims: readonly FacetName[]): CrossCounts {
  const { ix, rows } = matchingRows(db, filters);
  const cols = dims.map((d) => ix.columns[d]);
  const sizes = cols.map((c) => c.dict.values.length);
  const codes = new Int32Array(dims.length);
  // Dense counters when the combinations are few enough (the usual case), else a map.
  const space = sizes.reduce((a, b) => a * b, 1);
  const dense = space <= 1 << 20 ? new Int32Array(space) : null;
  const sparse = new Map<number, number>();
  const visit = (r: number, k: number, key: number): void => {
    if (k === cols.length) {
      if (dense) dense[key]!++;
      else sparse.set(key, (sparse.get(key) ?? 0) + 1);
      return;
    }
    const col = cols[k]!;
    const base = key * sizes[k]!;
    if (col.kind === 'single') {
      const c = col.codes[r]!;
      if (c >= 0) visit(r, k + 1, base + c);
    } else {
      for (let j = col.offsets[r]!; j < col.offsets[r + 1]!; j++) visit(r, k + 1, base + col.codes[j]!);
    }
  };
  if (dense && cols.length <= 2) countFlat(cols, sizes, rows, dense);
  else for (const r of rows) visit(r, 0, 0);
  const counts: Iterable<[number, number]> = dense ? nonZero(dense) : sparse;
  const cells: CrossCounts['cells'] = [];
  for (const [key, count] of counts) {
    let rest = key;
    for (let k = cols.length - 1; k >= 0; k--) {
      codes[k] = rest % sizes[k]!;
      rest = Math.floor(rest / sizes[k]!);
    }
    cells.push({ values: cols.map((c, k) => c.dict.values[codes[k]!]!), count });
  }
  const labels = cols.map((c) => new Map(c.dict.values.map((v, i) => [v, c.dict.labels[i]!])));
  return { total: rows.length, labels, cells };
}

/** One or two dimensions without recursion: the values of a row as a range of codes. */
function countFlat(cols: Column[], sizes: number[], rows: Int32Array, dense: Int32Array): void {
  const [a, b] = cols as [Column, Column | undefined];
  const buffers = [new Int32Array(1), new Int32Array(1)];
  const range = (col: Column, r: number, k: number): [Int32Array, number, number] => {
    if (col.kind === 'multi') return [col.codes, col.offsets[r]!, col.offsets[r + 1]!];
    const one = buffers[k]!;
    one[0] = col.codes[r]!;
    return [one, 0, one[0] >= 0 ? 1 : 0];
  };
  for (const r of rows) {
    const [ca, sa, ea] = range(a, r, 0);
    if (!b) {
      for (let i = sa; i < ea; i++) dense[ca[i]!]!++;
      continue;
    }
    for (let i = sa; i < ea; i++) {
      const base = ca[i]! * sizes[1]!;
      const [cb, sb, eb] = range(b, r, 1);
      for (let j = sb; j < eb; j++) dense[base + cb[j]!]!++;
    }
  }
}

function* nonZero(a: Int32Array): Generator<[number, number]> {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) yield [i, a[i]!];
}
