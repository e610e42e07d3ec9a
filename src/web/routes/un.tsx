// UN treaty-body and special-procedure recommendations and observations (UHRI imports): the search page /un
// and its JSON /api/un-recommendations, both from the store's searchUnRecommendations (as `upr search-un`).
import type { Hono } from 'hono';
import { searchUnRecommendations, unSearchChoices, type Db, type UnSearch } from '../../store/index.js';
import { resolveState, UprError } from '../../core/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { UnSearchPage } from '../views/un-search-page.js';
import { pageContext, sendPage } from './pages.js';

/** What a UN search asks: the URL parameters q, state, body, type, childRights, page, size. */
export interface UnSearchRequest {
  query?: string;
  state?: string;
  body?: string;
  type?: string;
  childRights?: boolean;
  page: number;
  size: number;
}

const SIZES = [20, 50, 100];

function wholeNumber(raw: string | null, field: string, fallback: number, max: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UprError('invalid_input', `${field} must be a whole number from 1 to ${max}, got "${raw}"`, { field, value: raw });
  return n;
}

/** Reads the URL parameters; an unknown State or a bad number is `invalid_input` naming the parameter. */
export function parseUnSearch(p: URLSearchParams): UnSearchRequest {
  const text = (name: string) => p.get(name)?.trim() || undefined;
  const stateName = text('state');
  const state = stateName === undefined ? undefined : resolveState(stateName);
  if (stateName !== undefined && !state) throw new UprError('invalid_input', `unknown State "${stateName}"`, { field: 'state', value: stateName });
  const cr = text('childRights');
  if (cr !== undefined && cr !== '1' && cr !== '0') throw new UprError('invalid_input', `childRights must be 1 or 0, got "${cr}"`, { field: 'childRights', value: cr });
  return {
    query: text('q'), state: state?.iso3, body: text('body'), type: text('type'), childRights: cr === undefined ? undefined : cr === '1',
    page: wholeNumber(p.get('page'), 'page', 1, 100_000), size: wholeNumber(p.get('size'), 'size', SIZES[0]!, 500),
  };
}

/** The same search as a query string (without page when it is 1), for links. */
export function unQueryString(r: UnSearchRequest, page = r.page): string {
  const q = new URLSearchParams();
  for (const [k, v] of [['q', r.query], ['state', r.state], ['body', r.body], ['type', r.type]] as const) if (v) q.set(k, v);
  if (r.childRights !== undefined) q.set('childRights', r.childRights ? '1' : '0');
  if (r.size !== SIZES[0]) q.set('size', String(r.size));
  if (page > 1) q.set('page', String(page));
  return q.toString();
}

export function runUnSearch(db: Db, r: UnSearchRequest) {
  const s: UnSearch = { query: r.query, state: r.state, body: r.body, type: r.type, childRights: r.childRights, limit: r.size, offset: (r.page - 1) * r.size };
  return searchUnRecommendations(db, s);
}

export function registerUn(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  app.get('/un', (c) => {
    const req = parseUnSearch(new URL(c.req.url).searchParams);
    return sendPage(c, <UnSearchPage ctx={pageContext(c)} req={req} result={runUnSearch(db, req)} choices={unSearchChoices(db)} link={(page) => `/un?${unQueryString(req, page)}`} />);
  });

  app.get('/api/un-recommendations', (c) => {
    const req = parseUnSearch(new URL(c.req.url).searchParams);
    const { total, items } = runUnSearch(db, req);
    const pages = Math.max(1, Math.ceil(total / req.size));
    const link = (page: number) => `${deps.baseUrl}/api/un-recommendations?${unQueryString(req, page)}`;
    return c.json({
      total, page: req.page, size: req.size, pages, next: req.page * req.size < total ? link(req.page + 1) : null,
      filters: { query: req.query, state: req.state, body: req.body, type: req.type, childRights: req.childRights },
      items,
    });
  });
}
