// Exports of any search: CSV, XLSX or JSON Lines, every field, a link back to each record, no row
// limit, streamed as the store is read.
import { PassThrough, Readable } from 'node:stream';
import type { Hono } from 'hono';
import type { Db } from '../../store/index.js';
import { exportRecords, writeExport, CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import type { AppEnv } from '../app-env.js';
import { parseSearchParams } from '../search-params.js';

/** `baseUrl`: the configured public base URL ('' for relative links in the `url` column). */
export function registerExports(app: Hono<AppEnv>, db: Db, baseUrl: string): void {
  for (const format of EXPORT_FORMATS) app.get(`/export.${format}`, (c) => exportResponse(db, format, new URL(c.req.url), baseUrl));
}

/** Streams every recommendation matching the search in `url` as `format`. */
function exportResponse(db: Db, format: ExportFormat, url: URL, baseUrl: string): Response {
  const req = parseSearchParams(url.searchParams);
  const { total, records } = exportRecords(db, { filters: req.filters, sort: req.sort, baseUrl });
  const out = new PassThrough();
  writeExport(format, records, out).then(() => out.end(), (err: Error) => out.destroy(err));
  return new Response(Readable.toWeb(out) as unknown as ReadableStream, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="upr-recommendations.${format}"`,
      'x-total-count': String(total),
    },
  });
}
