// A State's page: its reviews by cycle with dates, the next scheduled review, links to the
// children's-rights report of each review, and what it recommends to other States.
import type { Session, State, ProjectedReview } from '../../core/index.js';
import type { StateProfile } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';
import { childIssueLabel, facetValueLabel, responseLabel } from './labels.js';
import { searchQueryString } from '../search-params.js';
import { DataTable } from '../../report/index.js';
import type { PledgeRow } from '../../store/index.js';
import { UnRecommendationsSection, type UnRecommendationsData } from './un-recommendations-section.js';

export interface StatePageData {
  state: State;
  profile: StateProfile;
  sessions: Session[];
  next: Session | undefined;
  /** When no session is scheduled any more: the next review projected from the order of review. */
  projected: ProjectedReview | undefined;
  /** Cycles with a children's-rights report at /states/:iso3/reports/:cycle. */
  reportCycles: number[];
  /** Per cycle, the stored documents that failed a structural self-check (`upr check`), with reasons. */
  needsReview?: Record<number, { symbol: string | null; reasons: string[] }[]>;
}

export function StatePage({ ctx, data, pledges = [], un }: { ctx: PageContext; data: StatePageData; pledges?: PledgeRow[]; un?: UnRecommendationsData }) {
  const { loc } = ctx;
  const t = loc.t;
  const { state, profile, sessions, next, projected } = data;
  const cycles = [...new Set([...sessions.map((s) => s.cycle as number), ...profile.reviews.map((r) => r.cycle)])].sort();
  const received = (extra: object = {}) => `/?${searchQueryString({ filters: { state: [state.iso3], ...extra } })}`;
  const made = (extra: object = {}) => `/?${searchQueryString({ filters: { by: [state.iso3], ...extra } })}`;
  return (
    <Layout ctx={ctx} title={state.name} section="states" feed={`/feed.atom?state=${state.iso3}`}>
      <h1>{state.name}</h1>
      <p class="meta">{state.iso3} · {facetValueLabel(loc, 'group', state.group)}</p>
      <p>{next ? t('nextReview', { n: next.number, start: loc.date(next.start), end: loc.date(next.end) })
        : projected ? t('projectedReview', { n: projected.session, cycle: projected.cycle, month: loc.month(projected.expectedMonth) })
          : t('noNextReview')}</p>
      <p><a href={`/states/${state.iso3}/plan`}>{t('planOpen')}</a> · <a href={`/analyses/crc-gap?state=${state.iso3}`}>{t('gapTitle')}</a></p>
      <h2>{t('reviews')}</h2>
      {cycles.length === 0 ? <p>{t('notReviewed')}</p> : (
        <table>
          <caption>{t('reviews')}</caption>
          <thead><tr><th scope="col">{t('cycle')}</th><th scope="col">{t('session')}</th><th scope="col">{t('reviewDates')}</th>
            <th scope="col" class="n">{t('recsReceived')}</th><th scope="col" class="n">{t('supported')}</th><th scope="col" class="n">{t('noted')}</th>
            <th scope="col" class="n">{t('childRightsCount')}</th><th scope="col">{t('report')}</th></tr></thead>
          <tbody>
            {cycles.map((c) => {
              const s = sessions.find((x) => x.cycle === c);
              const r = profile.reviews.find((x) => x.cycle === c);
              return (
                <tr>
                  <th scope="row">{t('cycleN', { n: c })}{data.needsReview?.[c] && (
                    <> <strong class="needs-review" title={data.needsReview[c].map((d) => `${d.symbol ?? ''}: ${d.reasons.join('; ')}`).join('\n')}>⚠ {t('needsReview')}</strong></>)}</th>
                  <td>{s?.number ?? r?.session ?? '—'}</td>
                  <td>{s ? `${loc.date(s.start)} – ${loc.date(s.end)}` : r?.reviewDate ? loc.date(r.reviewDate) : '—'}</td>
                  <td class="n">{r ? <a href={received({ cycle: [c] })}>{loc.num(r.recommendations)}</a> : '—'}</td>
                  <td class="n">{r ? <a href={received({ cycle: [c], response: ['supported'] })}>{loc.num(r.supported)}</a> : '—'}</td>
                  <td class="n">{r ? <a href={received({ cycle: [c], response: ['noted'] })}>{loc.num(r.noted)}</a> : '—'}</td>
                  <td class="n">{r && r.classified > 0 ? <a href={received({ cycle: [c], childRights: true })}>{loc.num(r.childRights)}</a> : '—'}</td>
                  <td>{data.reportCycles.includes(c) ? <a href={`/states/${state.iso3}/reports/${c}`}>{t('reportCycle', { n: c })}</a> : '—'}
                    {r && <> · <a href={`/states/${state.iso3}/outcome/${c}.docx?lang=${loc.lang}`} download>{t('outcomeSummary')}</a></>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p><a href={received()}>{t('searchReceived')}</a> · <a href={made()}>{t('searchMade')}</a> · <a href={`/feed.atom?state=${state.iso3}`} type="application/atom+xml">{t('feedState', { name: state.shortName })}</a></p>
      <p><a href={`/analyses/civil-society?state=${state.iso3}`}>{t('anCsStatePartners')}</a></p>
      {pledges.length > 0 && <Pledges ctx={ctx} pledges={pledges} />}
      {un && un.counts.length > 0 && <UnRecommendationsSection ctx={ctx} data={un} iso3={state.iso3} />}

      <h2>{t('madeTitle', { name: state.shortName })}</h2>
      <p>{t('recsMade')}: <a href={made()}>{loc.num(profile.madeTotal)}</a></p>
      {profile.madeByResponse.length > 0 && (
        <DataTable caption={t('byResponse')} columns={[{ label: t('response') }, { label: t('count'), numeric: true }]}
          rows={profile.madeByResponse.map((r) => [responseLabel(loc, r.response), <a href={made({ response: [r.response] })}>{loc.num(r.count)}</a>])} />
      )}
      {profile.madeByChildIssue.length > 0 && (
        <DataTable caption={`${t('byIssue')} (${t('schemeChild')})`} columns={[{ label: t('issue') }, { label: t('count'), numeric: true }]}
          rows={profile.madeByChildIssue.map((r) => [childIssueLabel(loc, r.issue), <a href={made({ childIssue: [r.issue] })}>{loc.num(r.count)}</a>])} />
      )}
      {profile.madeByIssue.length > 0 && (
        <DataTable caption={`${t('byIssue')} (${t('schemeUprInfo')})`} columns={[{ label: t('issue') }, { label: t('count'), numeric: true }]}
          rows={profile.madeByIssue.map((r) => [r.issue, <a href={made({ issue: [r.issue] })}>{loc.num(r.count)}</a>])} />
      )}
    </Layout>
  );
}

/** The State's voluntary pledges, by session; their text stays in the language of the source. */
function Pledges({ ctx, pledges }: { ctx: PageContext; pledges: PledgeRow[] }) {
  const t = ctx.loc.t;
  return (
    <section aria-labelledby="pledges-h">
      <h2 id="pledges-h">{t('pledgesTitle')} ({ctx.loc.num(pledges.length)})</h2>
      <p class="hint">{t('pledgesIntro')}</p>
      <ul class="results">
        {pledges.map((p) => (
          <li id={`pledge-${p.id}`}>
            <p lang="en">{p.text}</p>
            <p class="meta">{t('cycleN', { n: p.cycle })} · {t('session')} {p.session}{p.issues.length > 0 ? ` · ${p.issues.join(', ')}` : ''} · {p.file}, {p.locator}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface StatesListRow { iso3: string; name: string; received: number; made: number }

export function StatesPage({ ctx, rows }: { ctx: PageContext; rows: StatesListRow[] }) {
  const { loc } = ctx;
  const t = loc.t;
  return (
    <Layout ctx={ctx} title={t('statesTitle')} section="states">
      <h1>{t('statesTitle')}</h1>
      <table>
        <caption>{t('statesTitle')}</caption>
        <thead><tr><th scope="col">{t('state')}</th><th scope="col" class="n">{t('recsReceived')}</th><th scope="col" class="n">{t('recsMade')}</th></tr></thead>
        <tbody>{rows.map((r) => <tr><th scope="row"><a href={`/states/${r.iso3}`}>{r.name}</a></th><td class="n">{loc.num(r.received)}</td><td class="n">{loc.num(r.made)}</td></tr>)}</tbody>
      </table>
    </Layout>
  );
}
