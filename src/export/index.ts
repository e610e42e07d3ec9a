// Public face of exports: matching recommendations as CSV, JSON Lines or XLSX, streamed in batches.
import type { Db, RecommendationFilters, SortOrder } from '../store/index.js';
import { searchIds, getRecommendations, getChildRights } from '../store/index.js';
import { toExportRecord, type ExportRecord } from './records.js';

export { writeExport, EXPORT_FORMATS, CONTENT_TYPES, type ExportFormat } from './writers.js';
export { toExportRecord, flatten, FLAT_COLUMNS, type ExportRecord, type FlatRow } from './records.js';

export interface ExportQuery {
  filters: RecommendationFilters;
  sort?: SortOrder;
  baseUrl?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Every matching recommendation (no row limit), read from the store 2,000 at a time. */
export function exportRecords(db: Db, q: ExportQuery): { total: number; records: Iterable<ExportRecord> } {
  // The order of the same search's pages: relevance with a query, else session.
  const { total, ids } = searchIds(db, q.filters, { sort: q.sort, limit: null });
  function* gen(): Generator<ExportRecord> {
    for (let i = 0; i < ids.length; i += 2000) {
      const batch = ids.slice(i, i + 2000);
      const cr = getChildRights(db, batch);
      for (const v of getRecommendations(db, batch)) yield toExportRecord(v, cr.get(v.id), q.baseUrl);
      q.onProgress?.(Math.min(i + 2000, ids.length), ids.length);
    }
  }
  return { total, records: gen() };
}
export { tableCsv, tablesXlsx, TABLE_FORMATS, type TableFormat, type PlainSheet } from './tables.js';
