// HTML routes: search, facet values, recommendation, States, State reports and statistics.
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { FACET_NAMES, listPledges, paragraphsClassified, searchParagraphs, type Db, type FacetName } from '../../store/index.js';
import { stateUnRecommendations } from '../un-data.js';
import { UprError, resolveState } from '../../core/index.js';
import type { AppEnv, AppDeps } from '../app-env.js';
import { parseSearchParams } from '../search-params.js';
import { documentData, pledgeData, recommendationData, searchData, stateData, statesList, statsData } from '../data.js';
import { DocumentPage } from '../views/document-page.js';
import { renderReviewReport, reportCycles } from '../report-renderer.js';
import { SearchPage } from '../views/search-page.js';
import { RecommendationPage } from '../views/recommendation-page.js';
import { StatePage, StatesPage } from '../views/state-page.js';
import { StatsPage } from '../views/stats-page.js';
import { FacetPage } from '../views/misc-pages.js';
import type { PageContext } from '../views/layout.js';
import { registerUn } from './un.js';
import type { HttpError } from '../errors.js';
import { ParagraphsPage } from '../views/paragraphs-page.js';
import { readParagraphQuery } from '../paragraph-query.js';

/** Sends a rendered page with its doctype. */
export async function sendPage(c: Context<AppEnv>, node: Child, status: 200 | HttpError['status'] = 200): Promise<Response> {
  return c.html(`<!doctype html>${await Promise.resolve(String(node))}`, status);
}

export function pageContext(c: Context<AppEnv>): PageContext {
  return { loc: c.get('loc'), url: new URL(c.req.url), user: c.get('user') ?? null, csrf: c.get('session')?.csrf };
}

const params = (c: Context) => new URL(c.req.url).searchParams;

export function registerPages(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  registerUn(app, db, deps);
  app.get('/', (c) => {
    const req = parseSearchParams(params(c), { pledges: true });
    // Listing pledges, the recommendations are only counted (for their tab).
    const data = req.kind === 'pledge' ? { ...searchData(db, { ...req, page: 1, size: 0 }, []), req } : searchData(db, req);
    return sendPage(c, <SearchPage ctx={pageContext(c)} data={{ ...data, pledges: pledgeData(db, req) }} />);
  });

  app.get('/facets/:name', (c) => {
    const name = c.req.param('name') as FacetName;
    if (!FACET_NAMES.includes(name)) throw new UprError('not_found', `no facet "${name}"`, { field: 'facet', value: name });
    const req = parseSearchParams(params(c));
    return sendPage(c, <FacetPage ctx={pageContext(c)} req={req} name={name} values={searchData(db, { ...req, size: 0 }, [name], 1000).facets[name] ?? []} />);
  });

  app.get('/recommendations/:id', (c) => sendPage(c, <RecommendationPage ctx={pageContext(c)} data={recommendationData(db, Number(c.req.param('id')))} />));

  app.get('/documents/:id', (c) => sendPage(c, <DocumentPage ctx={pageContext(c)} doc={documentData(db, Number(c.req.param('id')))} />));

  // The paragraph search behind the paragraph counts of the prominence analysis (per document type).
  app.get('/paragraphs', (c) => {
    const query = readParagraphQuery(params(c));
    return sendPage(c, <ParagraphsPage ctx={pageContext(c)} data={{ query, ...searchParagraphs(db, query, 500), classified: paragraphsClassified(db) }} />);
  });

  app.get('/states', (c) => sendPage(c, <StatesPage ctx={pageContext(c)} rows={statesList(db)} />));

  app.get('/states/:iso3', (c) => {
    const data = stateData(db, c.req.param('iso3'), deps.today());
    return sendPage(c, <StatePage ctx={pageContext(c)} data={data} pledges={listPledges(db, data.state.iso3)} un={stateUnRecommendations(db, data.state.iso3)} />);
  });

  app.get('/states/:iso3/reports/:cycle', (c) => {
    const state = resolveState(c.req.param('iso3'));
    const cycle = Number(c.req.param('cycle'));
    if (!state || !reportCycles(db, state.iso3).includes(cycle)) {
      throw new UprError('not_found', `no children's-rights report for ${c.req.param('iso3')} in cycle ${c.req.param('cycle')}`, { field: 'report' });
    }
    return c.html(renderReviewReport(db, state.iso3, cycle, c.get('loc').lang));
  });

  app.get('/stats', (c) => {
    const p = params(c);
    const scheme = p.get('scheme') === 'child' ? 'child' : 'upr-info';
    return sendPage(c, <StatsPage ctx={pageContext(c)} data={statsData(db, parseSearchParams(p).filters, scheme)} />);
  });
}
