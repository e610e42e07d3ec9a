// Atom feeds of what entered the store: /feed.atom?<search parameters> follows a saved search (any search URL),
// /feed.atom?state=SVN&state=FRA follows States (their recommendations and documents). Newest first.
import type { Hono } from 'hono';
import { alertEntry, renderAtom } from '../../alerts/index.js';
import { listNews, storeCreatedAt, type Db, type NewsScope } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { parseSearchParams, searchQueryString } from '../search-params.js';

/** Parameters that only choose how a page looks; they do not change what a feed follows. */
const PRESENTATION = new Set(['lang', 'page', 'size', 'sort']);

/**
 * What a search URL's parameters follow: only `state` values → followed States (their documents too); any other
 * search → the recommendations it matches. The one reading of a saved search, shared with e-mail digests.
 */
export function feedScope(params: URLSearchParams): NewsScope {
  const req = parseSearchParams(params);
  const names = new Set([...params.keys()].filter((k) => !PRESENTATION.has(k)));
  if (names.size === 1 && names.has('state') && req.filters.state?.length) return { states: req.filters.state.map(String) };
  if (names.size === 0) throw new UprError('invalid_input', 'a feed follows a search or States: add search parameters (e.g. ?q=child+marriage) or ?state=SVN', { field: 'state' });
  return { filters: req.filters };
}

export function registerFeeds(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  app.get('/feed.atom', (c) => {
    const url = new URL(c.req.url);
    const scope = feedScope(url.searchParams);
    // `size` (1-500, as on the search page) sets how many entries; 50 by default.
    const items = listNews(db, scope, { limit: url.searchParams.has('size') ? parseSearchParams(url.searchParams).size : 50 });
    const query = 'states' in scope ? scope.states.map((s) => `state=${s}`).join('&') : searchQueryString({ filters: scope.filters });
    const title = 'states' in scope ? `UPR: new for ${scope.states.join(', ')}` : `UPR: new for the search ${decodeURIComponent(query.replaceAll('+', ' '))}`;
    const body = renderAtom({
      id: `tag:upr-child-rights,2026:feed?${query}`,
      title,
      self: `${deps.baseUrl}/feed.atom?${query}`,
      alternate: 'states' in scope && scope.states.length === 1 ? `${deps.baseUrl}/states/${scope.states[0]}` : `${deps.baseUrl}/?${query}`,
      entries: items.map(alertEntry),
      emptyUpdated: storeCreatedAt(db),
      baseUrl: deps.baseUrl,
    });
    c.header('content-type', 'application/atom+xml; charset=utf-8');
    return c.body(body);
  });
}
