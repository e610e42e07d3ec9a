// The web application: language choice, routes (pages, exports, API) and the one error handler.
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { setFullTextCacheSize, type Db } from '../store/index.js';
import { pickLang, localeFor, LANGS, type Lang, UprError } from '../core/index.js';
import type { AppEnv, AppDeps } from './app-env.js';
import { toHttpError, wantsJson } from './errors.js';
import { registerPages, sendPage, pageContext } from './routes/pages.js';
import { registerExports } from './routes/exports.js';
import { registerApi } from './routes/api.js';
import { registerAnalyses } from './routes/analyses.js';
import { registerCivilSociety } from './routes/civil-society.js';
import { registerCalendar } from './routes/calendar.js';
import { registerWorkspaceApi } from './routes/workspace-api.js';
import { registerWorkspacePages } from './routes/workspace-pages.js';
import { registerFeeds } from './routes/feeds.js';
import { registerOutcome } from './routes/outcome.js';
import { registerPlan } from './routes/plan.js';
import { ErrorPage } from './views/misc-pages.js';
import { securityHeaders, rejectOtherMethods } from './security.js';
import { costlySearchTurns } from './search-turns.js';
import { bodyLimit } from 'hono/body-limit';
import { randomToken } from '../accounts/index.js';
import { authenticate } from './auth.js';
import { registerAccount } from './routes/account.js';
import { registerAdmin } from './routes/admin.js';

export interface AppOptions {
  /** Today's date (YYYY-MM-DD); defaults to the clock. */
  today?: () => string;
  /** Full-text results kept for reuse by later requests (default 32; 0 turns the cache off). */
  ftsCacheSize?: number;
  /** Public base URL of the site (e.g. https://upr.example.org) for absolute links in the API and exports;
   * empty or absent: links are relative. The request's Host header is never used. */
  baseUrl?: string;
  /** Read-write handle on the same store for accounts and workspaces (default: `db` itself, e.g. in memory). */
  writeDb?: Db;
  /** Signs session cookies and CSRF tokens (at least 32 characters); default: random, so sessions end with the process. */
  secret?: string;
  /** Use the last X-Forwarded-For entry as the client address (rate limits): only behind a trusted reverse proxy. */
  trustProxy?: boolean;
  /** Largest request body accepted (default 10 MiB); larger ones get 413. */
  maxBodyBytes?: number;
}

/** Builds the Hono app over an open store. */
export function createApp(db: Db, opts: AppOptions = {}): Hono<AppEnv> {
  if (opts.ftsCacheSize !== undefined) setFullTextCacheSize(db, opts.ftsCacheSize);
  const deps: AppDeps = {
    today: opts.today ?? (() => new Date().toISOString().slice(0, 10)),
    baseUrl: (opts.baseUrl ?? '').replace(/\/+$/, ''),
    auth: {
      writeDb: opts.writeDb ?? db,
      secret: opts.secret ?? randomToken(),
      secureCookies: (opts.baseUrl ?? '').startsWith('https:'),
      trustProxy: opts.trustProxy ?? false,
    },
  };
  const app = new Hono<AppEnv>();
  app.use(securityHeaders());
  // Slow connections: pages and exports travel gzip-compressed (an 18 kB search page is about 4 kB).
  app.use(compress());
  app.use(async (c, next) => {
    const q = c.req.query('lang');
    const lang = pickLang(q, getCookie(c, 'lang'), c.req.header('accept-language'));
    if (q && (LANGS as readonly string[]).includes(q)) setCookie(c, 'lang', q as Lang, { path: '/', maxAge: 31536000, sameSite: 'Lax' });
    c.set('loc', localeFor(lang));
    await next();
    c.header('content-language', lang);
  });
  app.use(costlySearchTurns());
  app.use(bodyLimit({ maxSize: opts.maxBodyBytes ?? 10 * 1024 * 1024, onError: () => { throw new UprError('too_large', `the request body is larger than ${Math.round((opts.maxBodyBytes ?? 10 * 1024 * 1024) / 1024)} KiB`); } }));
  app.use(authenticate(deps.auth, deps.baseUrl));
  registerAccount(app, deps);
  registerAdmin(app, deps);
  registerPages(app, db, deps);
  registerExports(app, db, deps.baseUrl);
  registerApi(app, db, deps);
  registerCivilSociety(app, db);
  registerAnalyses(app, db);
  registerCalendar(app, deps);
  // Follow-up is private to workspaces: read and written on the read-write handle (docs/follow-up.md).
  registerWorkspaceApi(app, deps.auth.writeDb, deps);
  registerWorkspacePages(app, deps.auth.writeDb, deps);
  registerFeeds(app, db, deps);
  registerOutcome(app, db, deps);
  registerPlan(app, db, deps);
  rejectOtherMethods(app);
  app.notFound((c) => {
    throw new UprError('not_found', `no page at ${c.req.path}`, { field: 'path', value: c.req.path });
  });
  app.onError((err, c) => {
    const e = toHttpError(err);
    if (e.status === 500) console.error(err);
    if (e.status === 503 || e.status === 429) c.header('retry-after', String(e.details.retryAfter ?? 5));
    if (wantsJson(c)) return c.json({ error: { code: e.code, message: e.message, details: e.details } }, e.status);
    return sendPage(c, <ErrorPage ctx={pageContext(c)} status={e.status} message={e.message} />, e.status);
  });
  return app;
}
