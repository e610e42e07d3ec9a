// Public face of exports: matching recommendations as CSV, JSON Lines or XLSX, read from the store a page
// at a time and streamed, so an export of any size neither fills memory nor holds up other requests.
import type { Db, RecommendationFilters, SortOrder } from '../store/index.js';
import { searchIds, getRecommendations, getChildRights } from '../store/index.js';
import { toExportRecord, type ExportRecord } from './records.js';

export { writeExport, exportBytes, EXPORT_FORMATS, CONTENT_TYPES, type ExportFormat } from './writers.js';
export { toExportRecord, flatten, FLAT_COLUMNS, type ExportRecord, type FlatRow } from './records.js';

/** Records read from the store per page. */
export const EXPORT_PAGE_SIZE = 250;

export interface ExportQuery {
  filters: RecommendationFilters;
  sort?: SortOrder;
  baseUrl?: string;
  onProgress?: (done: number, total: number) => void;
  /** Waits for the turn to read the next page (default: the next turn of the event loop); see pageTurns. */
  turn?: () => Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Turns shared by the exports of one server: one page at a time across all of them, each in its own turn of
 * the event loop, so that however many exports run, a request arriving meanwhile waits for one page at most.
 */
export function pageTurns(): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => (last = last.then(nextTurn));
}

/**
 * Every matching recommendation (no row limit) in the order of the same search's pages (relevance with a
 * query, else session). The search runs now (its errors are thrown here); the records are read
 * EXPORT_PAGE_SIZE at a time as the writer pulls them, each page in its own turn of the event loop (`q.turn`)
 * so other requests of a server are served between pages.
 */
export function exportPages(db: Db, q: ExportQuery): { total: number; pages: AsyncGenerator<ExportRecord[]> } {
  const { total, ids } = searchIds(db, q.filters, { sort: q.sort, limit: null });
  async function* gen(): AsyncGenerator<ExportRecord[]> {
    for (let i = 0; i < ids.length; i += EXPORT_PAGE_SIZE) {
      await (q.turn ?? nextTurn)();
      const batch = ids.slice(i, i + EXPORT_PAGE_SIZE);
      const cr = getChildRights(db, batch);
      yield getRecommendations(db, batch).map((v) => toExportRecord(v, cr.get(v.id), q.baseUrl));
      q.onProgress?.(Math.min(i + EXPORT_PAGE_SIZE, ids.length), ids.length);
    }
  }
  return { total, pages: gen() };
}
export { tableCsv, tablesXlsx, TABLE_FORMATS, type TableFormat, type PlainSheet } from './tables.js';
export { matrixXlsx } from './matrix.js';
