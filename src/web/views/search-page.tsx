// The search page: query form, active filters, facets with counts, results, pagination and exports.
import { raw } from 'hono/html';
import type { FacetName, FacetValue, SearchResult } from '../../store/index.js';
import type { RecommendationView, Locale } from '../../core/index.js';
import type { TextSegment } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';
import { PAGE_SIZES, lastPage, searchQueryString, toggleFilter, FILTER_PARAMS, type SearchRequest, type FilterParam } from '../search-params.js';
import { FACET_ORDER, FACET_TITLES, facetValueLabel, responseLabel } from './labels.js';
import { ActiveFilters } from './active-filters.js';
import { KindTabs, PledgeList, type PledgeData } from './pledge-results.js';
import { SEARCH_AUTOSUBMIT_SCRIPT } from '../security-inline.js';

export interface SearchPageData {
  req: SearchRequest;
  result: SearchResult;
  /** Texts with the query's words marked, by recommendation id. */
  highlights?: Map<number, TextSegment[]>;
  facets: Partial<Record<FacetName, FacetValue[]>>;
  classified: boolean;
  /** The voluntary pledges of the same search (count, and the page with kind=pledge). */
  pledges?: PledgeData;
}

const FACET_SHOWN = 10;

function SearchForm({ loc, req }: { loc: Locale; req: SearchRequest }) {
  const t = loc.t;
  const sorts: [string, string][] = [['', t('sortRelevance')], ['session', t('sortSession')], ['-session', t('sortSessionDesc')], ['state', t('sortState')], ['recommending', t('sortRecommending')]];
  return (
    <form class="search-form" method="get" action="/" role="search">
      <div class="q">
        <label for="q">{t('searchLabel')}</label>
        <input type="search" id="q" name="q" value={req.filters.query ?? ''} aria-describedby="q-hint" />
      </div>
      <div>
        <label for="sort">{t('sort')}</label>
        <select id="sort" name="sort">
          {sorts.map(([v, l]) => <option value={v} selected={(req.sort ?? '') === v}>{l}</option>)}
        </select>
      </div>
      <div>
        <label for="size">{t('pageSize')}</label>
        <select id="size" name="size">{PAGE_SIZES.map((n) => <option value={String(n)} selected={req.size === n}>{n}</option>)}</select>
      </div>
      {FILTER_PARAMS.flatMap((name) => ((req.filters[name] as unknown[] | undefined) ?? []).map((v) => <input type="hidden" name={name} value={String(v)} />))}
      {req.kind === 'pledge' ? <input type="hidden" name="kind" value="pledge" /> : (
        <div class="switch">
          <input type="checkbox" id="childRights" name="childRights" value="1" checked={req.filters.childRights === true} />
          <label for="childRights">{t('childRightsOnly')}</label>
        </div>
      )}
      {req.filters.childRights === false && <input type="hidden" name="childRights" value="0" />}
      <button type="submit">{t('searchButton')}</button>
      {/* Optional enhancement: a new sort or page size applies at once (without script, the button does it). */}
      <script>{raw(SEARCH_AUTOSUBMIT_SCRIPT)}</script>
      <p id="q-hint" class="hint full-row">{t('searchHelp')}</p>
    </form>
  );
}

function Facet({ loc, req, name, values }: { loc: Locale; req: SearchRequest; name: FacetName; values: FacetValue[] }) {
  const selected = ((req.filters[name as FilterParam] as unknown[] | undefined) ?? []).map(String);
  return (
    <section aria-labelledby={`f-${name}`}>
      <h3 id={`f-${name}`}>{loc.t(FACET_TITLES[name])}</h3>
      <ul>
        {values.slice(0, FACET_SHOWN).map((v) => {
          const on = selected.includes(v.value);
          return (
            <li class={on ? 'on' : undefined}>
              <a href={`/?${searchQueryString({ ...req, page: 1, filters: toggleFilter(req.filters, name as FilterParam, v.value) })}`} aria-current={on ? 'true' : undefined}>
                <span>{on ? '✓ ' : ''}{facetValueLabel(loc, name, v.value, v.label)}</span><span class="n">{loc.num(v.count)}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {values.length > FACET_SHOWN && <p><a href={`/facets/${name}?${searchQueryString({ ...req, page: 1 })}`}>{loc.t('moreValues')}</a></p>}
    </section>
  );
}

export function ResultItem({ loc, r, marked }: { loc: Locale; r: RecommendationView; marked?: TextSegment[] }) {
  const by = r.recommendingStates.map((s) => s.name).join(', ');
  return (
    <li>
      <a href={`/recommendations/${r.id}`}>{marked ? marked.map((m) => (m.match ? <mark>{m.text}</mark> : m.text)) : r.text}</a>
      <div class="meta">
        <a href={`/states/${r.stateUnderReview.iso3}`}>{r.stateUnderReview.name}</a>
        {by && <> ← {by}</>} · {loc.t('sessionN', { n: r.session })} · <span class={`badge ${r.response}`}>{responseLabel(loc, r.response)}</span>
      </div>
    </li>
  );
}

function Pages({ loc, req, total }: { loc: Locale; req: SearchRequest; total: number }) {
  const last = lastPage(total, req.size);
  if (last === 1) return null;
  const near = [...new Set([1, req.page - 2, req.page - 1, req.page, req.page + 1, req.page + 2, last])].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const href = (p: number) => `/?${searchQueryString({ ...req, page: p })}`;
  return (
    <nav class="pages" aria-label={loc.t('pagination')}>
      <ul>
        {req.page > 1 && <li><a href={href(Math.min(req.page - 1, last))} rel="prev">{loc.t('previous')}</a></li>}
        {near.map((p) => <li>{p === req.page ? <span aria-current="page">{p}</span> : <a href={href(p)} aria-label={loc.t('page', { n: p })}>{p}</a>}</li>)}
        {req.page < last && <li><a href={href(req.page + 1)} rel="next">{loc.t('next')}</a></li>}
      </ul>
    </nav>
  );
}

/** Said instead of a results list when the page asked for lies beyond the last one (`?page=999999`). */
function PageBeyond({ loc, req, total }: { loc: Locale; req: SearchRequest; total: number }) {
  const last = lastPage(total, req.size);
  return (
    <p class="notice" role="status">
      {loc.t('pageBeyond', { page: loc.num(req.page), last: loc.num(last) })}{' '}
      <a href={`/?${searchQueryString({ ...req, page: last })}`}>{loc.t('goToPage', { n: loc.num(last) })}</a>
    </p>
  );
}

export function SearchPage({ ctx, data }: { ctx: PageContext; data: SearchPageData }) {
  const { loc } = ctx;
  const { req, result } = data;
  // With kind=pledge the page lists voluntary pledges; the rest of the page (chips, tabs, pages) is shared.
  const pledges = req.kind === 'pledge' ? data.pledges?.items : undefined;
  const total = pledges ? (data.pledges?.total ?? 0) : result.total;
  const count = pledges ? pledges.length : result.items.length;
  const from = total === 0 ? 0 : (req.page - 1) * req.size + 1;
  const qs = searchQueryString({ filters: req.filters, sort: req.sort });
  return (
    <Layout ctx={ctx} title={req.filters.query ? `${req.filters.query} – ${loc.t('searchTitle')}` : loc.t('searchTitle')} section="search" feed={req.kind !== 'pledge' && searchQueryString({ filters: req.filters }) ? `/feed.atom?${searchQueryString({ filters: req.filters })}` : undefined}>
      <h1>{loc.t('searchTitle')}</h1>
      <SearchForm loc={loc} req={req} />
      <ActiveFilters loc={loc} req={req} path="/" />
      {data.pledges && <KindTabs loc={loc} req={req} recommendations={result.total} pledges={data.pledges} />}
      <div class="layout">
        <section aria-labelledby="results-h">
          <h2 id="results-h" aria-live="polite">{loc.t(pledges ? 'pledgeResults' : 'results', { n: loc.num(total) })}</h2>
          {count > 0 && <p class="meta">{loc.t('showing', { from: loc.num(from), to: loc.num(from + count - 1), n: loc.num(total) })}</p>}
          {total > 0 && count === 0 && <PageBeyond loc={loc} req={req} total={total} />}
          {pledges ? (
            <div class="exports"><span>{loc.t('export')}:</span><a href={`/api/pledges?${searchQueryString({ ...req, kind: undefined })}`}>{loc.t('exportJson')}</a></div>
          ) : (
            <div class="exports">
              <span>{loc.t('export')}:</span>
              <a href={`/export.csv?${qs}`} download>{loc.t('exportCsv')}</a>
              <a href={`/export.xlsx?${qs}`} download>{loc.t('exportXlsx')}</a>
              <a href={`/api/recommendations?${searchQueryString(req)}`}>{loc.t('exportJson')}</a>
              <a href={`/stats?${qs}`}>{loc.t('navStats')}</a>
              <a class="to-facets" href="#facets-h">{loc.t('filters')}</a>
            </div>
          )}
          {total === 0 ? <p>{loc.t(pledges ? 'noPledges' : 'noResults')}</p>
            : count > 0 && (pledges ? <PledgeList loc={loc} items={pledges} from={from} />
              : <ol class="results" start={from}>{result.items.map((r) => <ResultItem loc={loc} r={r} marked={data.highlights?.get(r.id)} />)}</ol>)}
          <Pages loc={loc} req={req} total={total} />
        </section>
        {!pledges && (
          <aside class="facets" aria-labelledby="facets-h">
            <h2 id="facets-h">{loc.t('filters')}</h2>
            {FACET_ORDER.map((name) => {
              const values = data.facets[name] ?? [];
              if (name === 'childIssue' && !data.classified) return <section><h3>{loc.t('facetChildIssue')}</h3><p class="hint">{loc.t('childIssuesPending')}</p></section>;
              if (values.length === 0) return null;
              return <Facet loc={loc} req={req} name={name} values={values} />;
            })}
          </aside>
        )}
      </div>
    </Layout>
  );
}
