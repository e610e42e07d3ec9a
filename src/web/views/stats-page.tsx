// Statistics: four server-rendered SVG charts over the current search, each followed by its data table
// whose numbers link to the recommendations they count.
import { raw } from 'hono/html';
import type { RecommendationFilters } from '../../store/index.js';
import type { IssueScheme, StateCount, StateIssueCount, IssueResponseCount, SessionResponseCount } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';
import { barChart, heatMap, stackedResponseChart, timeSeries } from './charts.js';
import { childIssueLabel, responseLabel } from './labels.js';
import { searchQueryString } from '../search-params.js';
import { ActiveFilters, activeChips } from './active-filters.js';
import type { Locale } from '../../core/index.js';

export interface StatsData {
  filters: RecommendationFilters;
  scheme: IssueScheme;
  classified: boolean;
  /** How many recommendations the charts count: those matching `filters`. */
  total: number;
  topStates: StateCount[];
  heat: StateIssueCount[];
  responses: IssueResponseCount[];
  trend: SessionResponseCount[];
}

const RESPONSES = ['supported', 'noted', 'pending', 'unknown'];

function Chart({ id, title, svg, children }: { id: string; title: string; svg: string; children: unknown }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <figure aria-labelledby={id}>{raw(svg)}</figure>
      {children}
    </section>
  );
}

export function StatsPage({ ctx, data }: { ctx: PageContext; data: StatsData }) {
  const { loc } = ctx;
  const t = loc.t;
  const f = data.filters;
  const link = (extra: RecommendationFilters) => `/?${searchQueryString({ filters: { ...f, ...extra } })}`;
  const issueLabel = (i: string) => (data.scheme === 'child' ? childIssueLabel(loc, i) : i);
  const issueFilter = (i: string): RecommendationFilters => (data.scheme === 'child' ? { childIssue: [i] } : { issue: [i] });
  const respLabels = Object.fromEntries(RESPONSES.map((r) => [r, responseLabel(loc, r)]));
  const heatStates = [...new Map(data.heat.map((h) => [h.iso3, h.name])).entries()];
  const heatIssues = [...new Set(data.heat.map((h) => h.issue))];
  const respIssues = [...new Set(data.responses.map((r) => r.issue))];
  const respPresent = RESPONSES.filter((r) => data.responses.some((x) => x.response === r));
  const sessions = [...new Set(data.trend.map((r) => r.session))];
  const trendPresent = RESPONSES.filter((r) => data.trend.some((x) => x.response === r));
  const cell = (rows: { count: number }[]) => rows[0]?.count ?? 0;
  const qs = searchQueryString({ filters: f });
  const schemeLink = (s: IssueScheme) => `/stats?${searchQueryString({ filters: f }, s === 'child' ? { scheme: 'child' } : {})}`;
  return (
    <Layout ctx={ctx} title={t('statsTitle')} section="stats">
      <h1>{t('statsTitle')}</h1>
      <p>{t('statsIntro')}</p>
      <Counting loc={loc} data={data} />
      <p>
        <a href={`/?${qs}`}>{t('backToSearch')}</a> · {t('scheme')}:{' '}
        <a href={schemeLink('upr-info')} aria-current={data.scheme === 'upr-info' ? 'true' : undefined}>{t('schemeUprInfo')}</a> ·{' '}
        <a href={schemeLink('child')} aria-current={data.scheme === 'child' ? 'true' : undefined}>{t('schemeChild')}</a>
      </p>
      {data.scheme === 'child' && !data.classified && <p class="hint">{t('childIssuesPending')}</p>}

      <Chart id="c-top" title={t('chartTopStates')} svg={barChart(data.topStates.map((s) => ({ label: s.name, value: s.count })), { description: t('chartTopStates'), xLabel: t('count'), num: loc.num })}>
        <Table loc={loc} caption={`${t('dataTable')}: ${t('chartTopStates')}`} head={[t('state'), t('count')]}
          rows={data.topStates.map((s) => [s.name, [s.count, link({ by: [s.iso3] })]])} />
      </Chart>

      <Chart id="c-heat" title={t('chartHeatmap')} svg={heatStates.length ? heatMap(data.heat.map((h) => ({ row: h.name, column: issueLabel(h.issue), count: h.count })), { description: t('chartHeatmap') }) : ''}>
        <Table loc={loc} caption={`${t('dataTable')}: ${t('chartHeatmap')}`} head={[t('state'), ...heatIssues.map(issueLabel)]}
          rows={heatStates.map(([iso3, name]) => [name, ...heatIssues.map((i) => [cell(data.heat.filter((h) => h.iso3 === iso3 && h.issue === i)), link({ by: [iso3], ...issueFilter(i) })] as [number, string])])} />
      </Chart>

      <Chart id="c-resp" title={t('chartResponses')} svg={respIssues.length ? stackedResponseChart(data.responses.map((r) => ({ category: issueLabel(r.issue), response: r.response, count: r.count })), respLabels, { description: t('chartResponses'), xLabel: t('count'), num: loc.num }) : ''}>
        <Table loc={loc} caption={`${t('dataTable')}: ${t('chartResponses')}`} head={[t('issue'), ...respPresent.map((r) => respLabels[r]!)]}
          rows={respIssues.map((i) => [issueLabel(i), ...respPresent.map((r) => [cell(data.responses.filter((x) => x.issue === i && x.response === r)), link({ ...issueFilter(i), response: [r as 'supported'] })] as [number, string])])} />
      </Chart>

      <Chart id="c-trend" title={t('chartTrend')} svg={sessions.length ? timeSeries(data.trend, respLabels, { description: t('chartTrend'), xLabel: t('session'), yLabel: t('count'), num: loc.num }) : ''}>
        <Table loc={loc} caption={`${t('dataTable')}: ${t('chartTrend')}`} head={[t('session'), ...trendPresent.map((r) => respLabels[r]!)]}
          rows={sessions.map((s) => [String(s), ...trendPresent.map((r) => [cell(data.trend.filter((x) => x.session === s && x.response === r)), link({ session: [s], response: [r as 'supported'] })] as [number, string])])} />
      </Chart>
    </Layout>
  );
}

/** Which search the charts count: its total, words and filters (each removable). */
function Counting({ loc, data }: { loc: Locale; data: StatsData }) {
  const extra: Record<string, string> = data.scheme === 'child' ? { scheme: 'child' } : {};
  if (activeChips(loc, data.filters).length === 0) return <p id="counting"><strong>{loc.t('countingAll', { n: loc.num(data.total) })}</strong></p>;
  return (
    <div id="counting">
      <p><strong>{loc.t('counting', { n: loc.num(data.total) })}</strong></p>
      <ActiveFilters loc={loc} req={{ filters: data.filters }} path="/stats" extra={extra} title={loc.t('activeFilters')} />
    </div>
  );
}

/** A data table: first column is a row header; other cells are [count, link] pairs. */
function Table({ loc, caption, head, rows }: { loc: Locale; caption: string; head: string[]; rows: (string | [number, string])[][] }) {
  if (rows.length === 0) return <p class="hint">{loc.t('noResults')}</p>;
  return (
    <div class="scroll" role="region" aria-label={caption} tabindex={0}><table>
      <caption>{caption}</caption>
      <thead><tr>{head.map((h, i) => <th scope="col" class={i > 0 ? 'n' : undefined}>{h}</th>)}</tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr>{row.map((c, i) => (i === 0 ? <th scope="row">{String(c)}</th> : <td class="n">{Array.isArray(c) ? (c[0] ? <a href={c[1]}>{loc.num(c[0])}</a> : '0') : c}</td>))}</tr>
        ))}
      </tbody>
    </table></div>
  );
}
