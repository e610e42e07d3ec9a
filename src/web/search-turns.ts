// Costly searches take turns: a request whose query may cost far more than a plain one (isCostlyQuery:
// prefix terms, OR, NOT, many words) waits for the previous costly one to finish and then for a turn of the
// event loop, so a burst of worst-case queries runs one at a time, and requests that arrive meanwhile
// (a plain search, a page, an export's next page) are served between them instead of after all of them.
import type { MiddlewareHandler } from 'hono';
import { isCostlyQuery } from '../store/index.js';
import type { AppEnv } from './app-env.js';

/** Middleware: the queue is the app's own (one per createApp). */
export function costlySearchTurns(): MiddlewareHandler<AppEnv> {
  let last: Promise<void> = Promise.resolve();
  return async (c, next) => {
    const q = c.req.query('q');
    if (!q || !isCostlyQuery(q)) return next();
    const previous = last;
    let release!: () => void;
    last = new Promise((resolve) => (release = resolve));
    try {
      await previous;
      await new Promise((resolve) => setImmediate(resolve));
      await next();
    } finally {
      release();
    }
  };
}
