// One recommendation in a workspace: its text, the assessment form (with the version it edits), the plan
// entry, the evidence, mid-term report links and the history of changes.
import type { MessageKey, RecommendationView } from '../../../core/index.js';
import { STATUSES, PRIORITY_GROUPS, ATTACHMENT_EXTENSIONS } from '../../../followup/index.js';
import type { AssessmentRow, AssessmentVersion, EvidenceRow, MidTermLinkRow, PlanRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { Area, Choice, Field, FileField, PostForm } from './forms.js';
import type { WorkspaceView } from './dashboard.js';

export interface RecommendationFollowUp {
  rec: RecommendationView;
  assessment: AssessmentRow | undefined;
  history: AssessmentVersion[];
  evidence: EvidenceRow[];
  plan: PlanRow | undefined;
  midTerm: MidTermLinkRow[];
  canPlan: boolean;
}

export function RecommendationFollowUpPage({ ctx, ws, d }: { ctx: PageContext; ws: WorkspaceView; d: RecommendationFollowUp }) {
  const { loc } = ctx;
  const t = loc.t;
  const base = `/workspaces/${ws.id}/recommendations/${d.rec.id}`;
  const a = d.assessment;
  const status = (s: string | null) => t(`fu_status_${s ?? 'unassessed'}` as MessageKey);
  return (
    <Layout ctx={ctx} title={`${ws.name}: ${t('recTitle', { id: d.rec.id })}`}>
      <p><a href={`/workspaces/${ws.id}`}>{t('fu_dashboard', { name: ws.name })}</a></p>
      <h1>{t('recTitle', { id: d.rec.id })}</h1>
      <blockquote lang="en">{d.rec.text}</blockquote>
      <p>{d.rec.stateUnderReview.name} · {t('cycleN', { n: d.rec.cycle })} · {d.rec.paragraph ? `${t('paragraph')} ${d.rec.paragraph} · ` : ''}{d.rec.recommendingStates.map((s) => s.name).join(', ')} · {t(d.rec.response)}</p>
      <h2>{t('fu_assessment')}</h2>
      {a ? <p>{status(a.status)} ({t('fu_version', { n: a.version })}){a.responsibleBody ? ` — ${a.responsibleBody}` : ''}</p> : <p>{t('fu_noAssessment')}</p>}
      {a?.text && <p class="assessment-text">{a.text}</p>}
      {ws.canEdit && (
        <PostForm action={`${base}/assessment`} csrf={ws.csrf} button={t('fu_save')}>
          {a && <input type="hidden" name="version" value={String(a.version)} />}
          <Choice loc={loc} label={t('fu_status')} name="status" values={STATUSES} prefix="fu_status_" value={a?.status} />
          <Area label={t('fu_assessment')} name="text" value={a?.text} />
          <Field label={t('fu_responsibleBody')} name="responsibleBody" value={a?.responsibleBody} maxlength={300} />
        </PostForm>
      )}
      <h2>{t('fu_plan')}</h2>
      {d.plan ? <p>{t('fu_priority')}: {t(`fu_priority_${d.plan.priority}` as MessageKey)} · {d.plan.owner ?? ''} · {d.plan.targetDate ?? ''}</p> : null}
      {d.canPlan && (
        <PostForm action={`${base}/plan`} csrf={ws.csrf} button={t('fu_save')}>
          <Choice loc={loc} label={t('fu_priority')} name="priority" values={PRIORITY_GROUPS} prefix="fu_priority_" value={d.plan?.priority} />
          <Field label={t('fu_owner')} name="owner" value={d.plan?.owner} maxlength={300} />
          <Field label={t('fu_targetDate')} name="targetDate" value={d.plan?.targetDate} maxlength={10} />
        </PostForm>
      )}
      <h2>{t('fu_evidence')}</h2>
      {d.evidence.length === 0 ? <p>{t('fu_evidenceNone')}</p> : (
        <ul>{d.evidence.map((e) => (
          <li>{e.source} ({e.date}){e.quotation ? <q>{e.quotation}</q> : null}
            {e.link ? <> — <a href={e.link} rel="noopener noreferrer nofollow">{e.link}</a></> : null}
            {e.documentName ? ` — ${e.documentName}` : null}
            {e.attachmentName ? <> — <a href={`/workspaces/${ws.id}/evidence/${e.id}/document`}>{e.attachmentName}</a></> : null}</li>
        ))}</ul>
      )}
      {ws.canEdit && (
        <PostForm action={`${base}/evidence`} csrf={ws.csrf} button={t('fu_evidenceAdd')} multipart>
          <Field label={t('fu_evidenceSource')} name="source" required maxlength={300} />
          <Field label={t('fu_evidenceDate')} name="date" required maxlength={10} />
          <Field label={t('fu_evidenceLink')} name="link" type="url" maxlength={2000} />
          <FileField label={t('fu_evidenceFile')} name="attachment" accept={ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',')} />
          <Area label={t('fu_evidenceQuotation')} name="quotation" />
        </PostForm>
      )}
      <h2>{t('fu_midTerm')}</h2>
      {d.midTerm.length === 0 ? <p>{t('fu_midTermNone')}</p> : <ul>{d.midTerm.map((l) => <li><a href={`/documents/${l.documentId}#para-${l.paragraph}`}>{l.symbol ?? l.documentId}, {t('paragraph')} {l.paragraph}</a></li>)}</ul>}
      <h2>{t('fu_history')}</h2>
      <ol>{d.history.map((h) => <li>{t('fu_version', { n: h.version })}: {status(h.status)} · {h.updatedAt}{h.responsibleBody ? ` · ${h.responsibleBody}` : ''}{h.text ? ` · ${h.text.slice(0, 300)}` : ''}</li>)}</ol>
    </Layout>
  );
}
