// The sort orders of search results over the index: by session (oldest or newest first), by State under
// review, by recommending State. Each is computed on first use and kept with its index. Text compares as
// bytes, as SQLite does; a missing session sorts first (last when newest first).
import type { IndexOrder, SearchIndex } from './search-index.js';

export type SortOrder = 'relevance' | IndexOrder;
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'session', '-session', 'state', 'recommending'];

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows of `ix` in `order`. */
export function rowsInOrder(ix: SearchIndex, order: IndexOrder): Int32Array {
  const done = ix.orders[order];
  if (done) return done;
  const { ids } = ix;
  const state = ix.columns.state, cycle = ix.columns.cycle, session = ix.columns.session, by = ix.columns.by;
  if (state.kind !== 'single' || cycle.kind !== 'single' || session.kind !== 'single' || by.kind !== 'multi') throw new Error('search index columns changed shape');
  const iso = (r: number) => (state.codes[r]! < 0 ? '' : state.dict.values[state.codes[r]!]!);
  const num = (c: typeof cycle, r: number) => (c.codes[r]! < 0 ? -1 : Number(c.dict.values[c.codes[r]!]));
  const all = Int32Array.from({ length: ix.size }, (_, i) => i);
  let sorted: Int32Array;
  if (order === 'session' || order === '-session') {
    const key = Int32Array.from({ length: ix.size }, (_, r) => num(session, r));
    const sign = order === 'session' ? 1 : -1;
    sorted = all.sort((a, b) => sign * (key[a]! - key[b]!) || cmp(iso(a), iso(b)) || ids[a]! - ids[b]!);
  } else if (order === 'state') {
    sorted = all.sort((a, b) => cmp(iso(a), iso(b)) || num(cycle, a) - num(cycle, b) || ids[a]! - ids[b]!);
  } else {
    const first = Array.from({ length: ix.size }, (_, r) => {
      let best: string | null = null;
      for (let k = by.offsets[r]!; k < by.offsets[r + 1]!; k++) {
        const v = by.dict.values[by.codes[k]!]!;
        if (best === null || v < best) best = v;
      }
      return best;
    });
    sorted = all.sort((a, b) => {
      const x = first[a]!, y = first[b]!;
      if (x !== y) return x === null ? -1 : y === null ? 1 : cmp(x, y);
      return ids[a]! - ids[b]!;
    });
  }
  ix.orders[order] = sorted;
  return sorted;
}
