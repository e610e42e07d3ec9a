// An analysis page: what it counts (scope), its headline figures, a form for what it needs (State, issue,
// cycles), downloads (CSV per table, XLSX, JSON), the focus matrix's heat map and every table, each number
// a link to the search listing its records.
import { raw } from 'hono/html';
import type { Analysis, AnalysisResult, Table } from '../../../analysis/index.js';
import { columnHeader, isLinked } from '../../../analysis/index.js';
import { allStates, CHILD_RIGHTS_ISSUE_IDS, childIssueLabel, stateName, type Locale } from '../../../core/index.js';
import type { RecommendationFilters } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { searchQueryString } from '../../search-params.js';
import { CellView, formatNumber, isNumeric, searchHref } from './cells.js';
import { ScopeView } from './scope.js';
import { heatMapSvg } from './heat-map.js';

export interface AnalysisPageData {
  analysis: Analysis;
  filters: RecommendationFilters;
  params: Record<string, string>;
  /** Absent when the analysis still needs a State or an issue. */
  result?: AnalysisResult;
  /** Why the analysis could not run with these filters (shown beside the form). */
  error?: string;
}

function TableView({ loc, table }: { loc: Locale; table: Table }) {
  const caption = loc.t(table.title);
  if (table.rows.length === 0) return <><h2 id={`t-${table.name}`}>{caption}</h2><p class="hint">{loc.t('noResults')}</p></>;
  return (
    <>
      <h2 id={`t-${table.name}`}>{caption}</h2>
      <div class="scroll" role="region" aria-labelledby={`t-${table.name}`} tabindex={0}><table>
        <caption>{caption}</caption>
        <thead><tr>{table.columns.map((c) => <th scope="col" class={isNumeric(c) ? 'n' : undefined}>{columnHeader(loc, c)}</th>)}</tr></thead>
        <tbody>{table.rows.map((row) => <tr>{table.columns.map((c) => <td class={isNumeric(c) ? 'n' : undefined}><CellView loc={loc} column={c} cell={row[c.key]} /></td>)}</tr>)}</tbody>
      </table></div>
    </>
  );
}

function Needs({ loc, data }: { loc: Locale; data: AnalysisPageData }) {
  const t = loc.t;
  const f = data.filters;
  const needs = data.analysis.requires ?? [];
  const keep = new URLSearchParams(searchQueryString({ filters: { ...f, state: undefined, childIssue: undefined, cycle: needs.includes('childIssue') ? f.cycle : undefined } }));
  return (
    <form class="search-form" method="get" action={`/analyses/${data.analysis.name}`}>
      {[...keep].map(([k, v]) => <input type="hidden" name={k} value={v} />)}
      <div><label for="f-state">{t('facetState')}</label>
        <select id="f-state" name="state"><option value="">{t('anChoose')}</option>
          {allStates().map((s) => <option value={s.iso3} selected={f.state?.[0] === s.iso3}>{stateName(s.iso3, loc.lang)}</option>)}</select></div>
      {needs.includes('childIssue') && <div><label for="f-issue">{t('anIssue')}</label>
        <select id="f-issue" name="childIssue"><option value="">{t('anChoose')}</option>
          {CHILD_RIGHTS_ISSUE_IDS.map((i) => <option value={i} selected={f.childIssue?.[0] === i}>{childIssueLabel(loc, i)}</option>)}</select></div>}
      {data.analysis.name === 'continuity' && [0, 1].map((k) => <div><label for={`f-cycle${k}`}>{t(k ? 'anLaterCycle' : 'anEarlierCycle')}</label>
        <select id={`f-cycle${k}`} name="cycle"><option value="">–</option>{[1, 2, 3, 4, 5].map((c) => <option value={String(c)} selected={f.cycle?.[k] === c}>{t('cycleN', { n: c })}</option>)}</select></div>)}
      <button type="submit">{t('anRun')}</button>
    </form>
  );
}

export function AnalysisPage({ ctx, data }: { ctx: PageContext; data: AnalysisPageData }) {
  const { loc } = ctx;
  const t = loc.t;
  const a = data.analysis;
  const r = data.result;
  const qs = searchQueryString({ filters: data.filters }, data.params);
  const matrix = r?.tables.find((x) => x.name === 'counts');
  const special = r?.tables.find((x) => x.name === 'specialisation');
  const issueCols = matrix?.columns.filter((c) => c.key.startsWith('i:')) ?? [];
  return (
    <Layout ctx={ctx} title={t(a.title)} section="analyses">
      <p><a href="/analyses">{t('anIndexTitle')}</a></p>
      <h1>{t(a.title)}</h1>
      <p>{t(a.description, { min: String(r?.params.min ?? '') })}</p>
      {a.requires && <Needs loc={loc} data={data} />}
      {data.error && <p class="hint" role="alert">{data.error}</p>}
      {r && <>
        {(r.notes ?? []).map((n) => <p class="hint" role="note">{t(n.key, n.vars)}</p>)}
        <ScopeView loc={loc} scope={r.scope} />
        <dl class="kv">{r.facts.map((f) => <><dt>{t(f.key)}</dt><dd>{f.filters || f.href ? <a href={f.href ?? searchHref(f.filters!)} class={f.kind}>{typeof f.value === 'number' ? formatNumber(loc, f.kind, f.value) : f.value}</a> : typeof f.value === 'number' ? loc.num(f.value) : f.value}</dd></>)}</dl>
        <p class="exports">{t('anDownload')}:
          {r.tables.map((x) => <a href={`/analyses/${a.name}/csv?${searchQueryString({ filters: data.filters }, { ...data.params, table: x.name })}`}>CSV: {t(x.title)}</a>)}
          <a href={`/analyses/${a.name}/xlsx?${qs}`}>XLSX</a>
          <a href={`/api/analyses/${a.name}?${qs}`}>JSON</a>
        </p>
        {matrix && special && matrix.rows.length > 0 && <figure aria-labelledby="heat-h">
          <h2 id="heat-h">{t('anHeatMap')}</h2>
          {raw(heatMapSvg({
            title: t('anHeatMap'), outlineFrom: 1.5, rows: matrix.rows.map((row) => stateName(String(row.state), loc.lang)),
            columns: issueCols.map((c) => columnHeader(loc, c)),
            cells: matrix.rows.map((row, i) => issueCols.map((c) => {
              const cell = row[c.key], x = special.rows[i]![c.key];
              return { count: isLinked(cell!) ? cell.value : 0, index: x && isLinked(x) ? x.value : null, href: isLinked(cell!) ? searchHref(cell.filters) : '#' };
            })),
          }))}
        </figure>}
        {r.tables.map((x) => <TableView loc={loc} table={x} />)}
      </>}
    </Layout>
  );
}

export function AnalysesIndexPage({ ctx, analyses }: { ctx: PageContext; analyses: readonly Analysis[] }) {
  const t = ctx.loc.t;
  return (
    <Layout ctx={ctx} title={t('anIndexTitle')} section="analyses">
      <h1>{t('anIndexTitle')}</h1>
      <p>{t('anIndexIntro')}</p>
      <ul>{analyses.map((a) => <li><a href={`/analyses/${a.name}`}>{t(a.title)}</a>: {t(a.description, { min: '5' })}</li>)}</ul>
    </Layout>
  );
}
