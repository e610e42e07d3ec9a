// Shared experience: the workspace's own records and those other workspaces published, and the form.
import type { MessageKey } from '../../../core/index.js';
import { EXPERIENCE_STAGES } from '../../../followup/index.js';
import type { ExperienceRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { Area, Choice, Field, PostForm } from './forms.js';
import type { WorkspaceView } from './dashboard.js';

export function ExperiencesPage({ ctx, ws, items, canPublish }: { ctx: PageContext; ws: WorkspaceView; items: ExperienceRow[]; canPublish: boolean }) {
  const { loc } = ctx;
  const t = loc.t;
  return (
    <Layout ctx={ctx} title={`${ws.name}: ${t('fu_experiences')}`}>
      <p><a href={`/workspaces/${ws.id}`}>{t('fu_dashboard', { name: ws.name })}</a></p>
      <h1>{t('fu_experiences')}</h1>
      {items.length === 0 ? <p>{t('fu_experiencesNone')}</p> : items.map((x) => (
        <article>
          <h2>{x.title}</h2>
          <p>{t(`fu_stage_${x.stage}` as MessageKey)}{x.stateIso3 ? ` · ${x.stateIso3}` : ''}{x.issues.length ? ` · ${x.issues.join(', ')}` : ''}{x.workspaceId !== ws.id ? ` · ${t('fu_fromOther')}` : ''}</p>
          <p class="experience-text">{x.text}</p>
        </article>
      ))}
      {ws.canEdit && (
        <PostForm action={`/workspaces/${ws.id}/experiences`} csrf={ws.csrf} button={t('fu_save')}>
          <h2>{t('fu_experienceAdd')}</h2>
          <Field label={t('fu_experienceTitle')} name="title" required maxlength={300} />
          <Area label={t('fu_experienceText')} name="text" required />
          <Choice loc={loc} label={t('fu_stage')} name="stage" values={EXPERIENCE_STAGES} prefix="fu_stage_" />
          <Field label={t('fu_experienceState')} name="state" maxlength={3} />
          <Field label={t('fu_experienceIssues')} name="issues" maxlength={1000} />
          {canPublish && <p><label><input type="checkbox" name="published" value="1" /> {t('fu_published')}</label></p>}
        </PostForm>
      )}
    </Layout>
  );
}
