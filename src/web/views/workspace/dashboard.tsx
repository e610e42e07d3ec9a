// The workspace dashboard: tracked reviews, progress (server-side SVG chart and table), overdue plan items,
// the plan by priority, the tracked recommendations with their status, and the downloads.
import type { MessageKey } from '../../../core/index.js';
import { PROGRESS_KEYS, daysOverdue, type ProgressKey } from '../../../followup/index.js';
import { Layout, type PageContext } from '../layout.js';
import type { dashboardData } from '../../routes/workspace-data.js';
import { ProgressChart } from './progress-chart.js';
import { Field, PostForm } from './forms.js';

export interface WorkspaceView {
  id: number;
  name: string;
  /** The member may change assessments and evidence (editor or stronger). */
  canEdit: boolean;
  /** The member may set the plan, track reviews and publish experiences (coordinator or stronger). */
  canCoordinate: boolean;
  csrf: string;
}

const statusKey = (k: ProgressKey | null): MessageKey => `fu_status_${k ?? 'unassessed'}` as MessageKey;

export function DashboardPage({ ctx, ws, data, today }: { ctx: PageContext; ws: WorkspaceView; data: ReturnType<typeof dashboardData>; today: string }) {
  const { loc } = ctx;
  const t = loc.t;
  const base = `/workspaces/${ws.id}`;
  return (
    <Layout ctx={ctx} title={t('fu_dashboard', { name: ws.name })}>
      <h1>{t('fu_dashboard', { name: ws.name })}</h1>
      <p><a href={`${base}/members`}>{t('admMembers')}</a></p>
      {!ws.canEdit && <p>{t('fu_readOnly')}</p>}
      <h2>{t('fu_tracked')}</h2>
      {data.reviews.length === 0 ? <p>{t('fu_noTracked')}</p> : (
        <ul>{data.reviews.map((r) => <li>{r.stateName} — {t('cycleN', { n: r.cycle })}{r.session ? `, ${t('sessionN', { n: r.session })}` : ''} ({t('fu_recommendations', { n: r.recommendations })})</li>)}</ul>
      )}
      {ws.canCoordinate && (
        <PostForm action={`${base}/tracked`} csrf={ws.csrf} button={t('fu_trackButton')}>
          <fieldset><legend>{t('fu_trackAdd')}</legend>
            <Field label={t('stateUnderReview')} name="state" required maxlength={3} />
            <Field label={t('cycle')} name="cycle" type="number" required />
          </fieldset>
        </PostForm>
      )}
      <h2>{t('fu_midTerm')}</h2>
      {data.midTermReports.length === 0 ? <p>{t('fu_midTermNone')}</p> : (
        <ul>{data.midTermReports.map((d) => <li><a href={`${base}/mid-term/${d.id}`}>{d.symbol ?? d.title ?? d.id}</a></li>)}</ul>
      )}
      <h2>{t('fu_progress')}</h2>
      <ProgressChart summary={data.progress} label={(k) => t(statusKey(k))} title={t('fu_progressChart')} />
      <table>
        <caption>{t('fu_progressByIssue')}</caption>
        <thead><tr><th scope="col">{t('fu_issue')}</th>{PROGRESS_KEYS.map((k) => <th scope="col" class="n">{t(statusKey(k))}</th>)}<th scope="col" class="n">{t('fu_total')}</th></tr></thead>
        <tbody>
          {data.progress.byIssue.map((i) => <tr><th scope="row">{i.issue}</th>{PROGRESS_KEYS.map((k) => <td class="n">{loc.num(i.byStatus[k])}</td>)}<td class="n">{loc.num(i.total)}</td></tr>)}
        </tbody>
      </table>
      <h2>{t('fu_overdue')}</h2>
      {data.overdue.length === 0 ? <p>{t('fu_overdueNone')}</p> : (
        <ul>{data.overdue.map((o) => (
          <li><a href={`${base}/recommendations/${o.recommendationId}`}>{o.paragraph ? `${o.paragraph} ` : ''}{o.text.slice(0, 160)}</a> — {o.owner ?? ''} {o.targetDate} ({t('fu_daysOverdue', { n: daysOverdue(o.targetDate!, today) })})</li>
        ))}</ul>
      )}
      <h2>{t('fu_plan')}</h2>
      {data.plan.map((g) => (
        <section>
          <h3>{t('fu_priority')}: {t(`fu_priority_${g.priority}` as MessageKey)}</h3>
          <ul>{g.items.map((i) => <li><a href={`${base}/recommendations/${i.recommendationId}`}>{i.paragraph ? `${i.paragraph} ` : ''}{i.text.slice(0, 160)}</a> — {i.owner ?? ''} {i.targetDate ?? ''} · {t(statusKey(i.status))}</li>)}</ul>
        </section>
      ))}
      <h2>{t('fu_downloads')}</h2>
      <ul>
        <li><a href={`${base}/matrix.xlsx`}>{t('fu_matrixXlsx')}</a></li>
        <li><a href={`${base}/matrix.docx`}>{t('fu_matrixDocx')}</a></li>
        <li><a href={`${base}/outline.docx`}>{t('fu_outlineDocx')}</a></li>
        <li><a href={`${base}/outline.md`}>{t('fu_outlineMd')}</a></li>
        <li><a href={`${base}/experiences`}>{t('fu_experiences')}</a></li>
      </ul>
      <h2>{t('fu_recommendations', { n: data.rows.length })}</h2>
      <table>
        <thead><tr><th scope="col">{t('paragraph')}</th><th scope="col">{t('recommendingStates')}</th><th scope="col">{t('response')}</th><th scope="col">{t('fu_status')}</th></tr></thead>
        <tbody>
          {data.rows.map((r) => (
            <tr><td><a href={`${base}/recommendations/${r.id}`}>{r.paragraph ?? r.id}</a> {r.text.slice(0, 200)}</td><td>{r.recommendingStates.join(', ')}</td><td>{loc.t(r.position)}</td><td>{t(statusKey(r.status))}</td></tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
