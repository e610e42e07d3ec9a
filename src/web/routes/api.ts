// The JSON API: the same queries as the pages, described at /api/openapi.json.
import type { Hono } from 'hono';
import { FACET_NAMES, getChildRights, getRecommendationHistory, listPledges, searchPledgeRecords, type Db, type FacetName } from '../../store/index.js';
import { toExportRecord } from '../../export/index.js';
import { UprError } from '../../core/index.js';
import type { AppEnv, AppDeps } from '../app-env.js';
import { lastPage, parseSearchParams, searchQueryString } from '../search-params.js';
import { recommendationData, searchData, stateData, statsData } from '../data.js';
import { openApiDocument } from './openapi.js';
import { stateUnRecommendations } from '../un-data.js';

export function registerApi(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(deps.baseUrl)));

  app.get('/api/recommendations', (c) => {
    const url = new URL(c.req.url);
    const req = parseSearchParams(url.searchParams);
    const { result } = searchData(db, req, []);
    const cr = getChildRights(db, result.items.map((i) => i.id));
    const more = req.page * req.size < result.total;
    const pages = lastPage(result.total, req.size);
    // A page past the last one says so and links to the last, instead of an unexplained empty list.
    const beyond = result.total > 0 && req.page > pages
      ? { message: `no results on page ${req.page}: this search has ${pages} page(s)`, last: `${deps.baseUrl}/api/recommendations?${searchQueryString({ ...req, page: pages })}` } : {};
    return c.json({
      total: result.total, page: req.page, size: req.size, pages, ...beyond, filters: req.filters,
      next: more ? `${deps.baseUrl}/api/recommendations?${searchQueryString({ ...req, page: req.page + 1 })}` : null,
      items: result.items.map((v) => toExportRecord(v, cr.get(v.id), deps.baseUrl)),
    });
  });

  app.get('/api/pledges', (c) => {
    const req = parseSearchParams(new URL(c.req.url).searchParams, { pledges: true });
    const r = searchPledgeRecords(db, req.filters, { limit: req.size, offset: (req.page - 1) * req.size });
    const pages = lastPage(r.total, req.size);
    const link = (page: number) => `${deps.baseUrl}/api/pledges?${searchQueryString({ ...req, kind: undefined, page })}`;
    const beyond = r.total > 0 && req.page > pages ? { message: `no results on page ${req.page}: this search has ${pages} page(s)`, last: link(pages) } : {};
    return c.json({ kind: 'pledge', total: r.total, page: req.page, size: req.size, pages, ...beyond, filters: req.filters,
      next: req.page * req.size < r.total ? link(req.page + 1) : null, items: r.items.map((p) => ({ ...p, url: `${deps.baseUrl}/states/${p.stateIso3}#pledge-${p.id}` })) });
  });

  app.get('/api/recommendations/:id', (c) => {
    const base = deps.baseUrl;
    const d = recommendationData(db, Number(c.req.param('id')));
    return c.json({ ...toExportRecord(d.rec, d.childRights, base), history: getRecommendationHistory(db, d.rec.id), similarInOtherCycles: d.similar.map((s) => ({ id: s.id, cycle: s.cycle, text: s.text, url: `${base}/recommendations/${s.id}` })) });
  });

  app.get('/api/facets', (c) => {
    const url = new URL(c.req.url);
    const req = parseSearchParams(url.searchParams);
    const asked = url.searchParams.getAll('facet');
    for (const f of asked) if (!FACET_NAMES.includes(f as FacetName)) throw new UprError('invalid_input', `unknown facet "${f}" (one of ${FACET_NAMES.join(', ')})`, { field: 'facet', value: f });
    const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 300) || 300));
    const d = searchData(db, { ...req, size: 0 }, asked.length ? (asked as FacetName[]) : FACET_NAMES, limit);
    return c.json({ total: d.result.total, filters: req.filters, facets: d.facets });
  });

  app.get('/api/states/:iso3', (c) => {
    const base = deps.baseUrl;
    const d = stateData(db, c.req.param('iso3'), deps.today());
    const reports = d.reportCycles.map((cycle) => ({ cycle, url: `${base}/states/${d.state.iso3}/reports/${cycle}` }));
    return c.json({ state: d.state, sessions: d.sessions, nextReview: d.next ?? null, projectedReview: d.projected ?? null, profile: d.profile, reports, pledges: listPledges(db, d.state.iso3), needsReview: d.needsReview ?? {},
      unRecommendations: stateUnRecommendations(db, d.state.iso3) });
  });

  app.get('/api/stats', (c) => {
    const url = new URL(c.req.url);
    const scheme = url.searchParams.get('scheme') === 'child' ? 'child' : 'upr-info';
    return c.json(statsData(db, parseSearchParams(url.searchParams).filters, scheme));
  });
}
