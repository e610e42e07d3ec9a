// Exports of any search: CSV, XLSX or JSON Lines, every field, a link back to each record, no row
// limit. The body is a pull stream: a page of records is read and written only when the connection has
// taken the previous one (backpressure), so a slow client holds one page; the exports of the server take
// turns, one page per turn of the event loop, so other requests are served between pages. At most MAX_EXPORTS run at once per server; more are answered 503 with Retry-After.
import type { Hono } from 'hono';
import { UprError } from '../../core/index.js';
import type { Db } from '../../store/index.js';
import { exportPages, exportBytes, pageTurns, CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import type { AppEnv } from '../app-env.js';
import { parseSearchParams } from '../search-params.js';

/** Exports streaming at once per server: enough for a team, few enough to bound memory (a page each). */
export const MAX_EXPORTS = 16;

/** `baseUrl`: the configured public base URL ('' for relative links in the `url` column). */
export function registerExports(app: Hono<AppEnv>, db: Db, baseUrl: string): void {
  const running = { n: 0 };
  const turn = pageTurns();
  for (const format of EXPORT_FORMATS) app.get(`/export.${format}`, (c) => exportResponse(db, format, new URL(c.req.url), baseUrl, running, turn));
}

/** Streams every recommendation matching the search in `url` as `format`. */
function exportResponse(db: Db, format: ExportFormat, url: URL, baseUrl: string, running: { n: number }, turn: () => Promise<void>): Response {
  if (running.n >= MAX_EXPORTS) {
    throw new UprError('over_budget', `the server is busy with ${running.n} exports; try again in a few seconds`, { field: 'export', retryAfter: 5 });
  }
  const req = parseSearchParams(url.searchParams);
  const { total, pages } = exportPages(db, { filters: req.filters, sort: req.sort, baseUrl, turn });
  const chunks = exportBytes(format, pages);
  running.n++;
  let open = true;
  const finish = () => {
    if (open) running.n--;
    open = false;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          finish();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (err) {
        finish();
        controller.error(err);
      }
    },
    async cancel() {
      finish();
      await chunks.return(undefined);
    },
  }, { highWaterMark: 1 });
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="upr-recommendations.${format}"`,
      'x-total-count': String(total),
    },
  });
}
