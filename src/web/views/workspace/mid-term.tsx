// A mid-term report or State update against the tracked recommendations: each suggested pair of paragraph
// and recommendation (text similarity) with a button to confirm it, and the links already confirmed.
import type { LinkSuggestion } from '../../../followup/index.js';
import type { MidTermLinkRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { PostForm } from './forms.js';
import type { WorkspaceView } from './dashboard.js';

export interface MidTermPageData {
  documentId: number;
  name: string;
  paragraphs: ReadonlyMap<string, string>;
  recommendations: ReadonlyMap<number, { text: string; paragraph: string | null }>;
  suggestions: LinkSuggestion[];
  confirmed: MidTermLinkRow[];
}

export function MidTermPage({ ctx, ws, d }: { ctx: PageContext; ws: WorkspaceView; d: MidTermPageData }) {
  const { loc } = ctx;
  const t = loc.t;
  const done = new Set(d.confirmed.map((l) => `${l.paragraph}|${l.recommendationId}`));
  return (
    <Layout ctx={ctx} title={`${ws.name}: ${d.name}`}>
      <p><a href={`/workspaces/${ws.id}`}>{t('fu_dashboard', { name: ws.name })}</a></p>
      <h1>{t('fu_midTerm')}: {d.name}</h1>
      <table>
        <thead><tr><th scope="col">{t('paragraph')}</th><th scope="col">{t('recTitle', { id: '' })}</th><th scope="col" class="n">%</th><th scope="col">{t('fu_save')}</th></tr></thead>
        <tbody>
          {d.suggestions.map((s) => {
            const rec = d.recommendations.get(s.recommendationId);
            return (
              <tr>
                <td>{s.paragraph}: {(d.paragraphs.get(s.paragraph) ?? '').slice(0, 400)}</td>
                <td><a href={`/workspaces/${ws.id}/recommendations/${s.recommendationId}`}>{rec?.paragraph ?? s.recommendationId}</a> {rec?.text.slice(0, 300)}</td>
                <td class="n">{loc.num(Math.round(s.score * 100))}</td>
                <td>{done.has(`${s.paragraph}|${s.recommendationId}`) ? '✓' : ws.canEdit ? (
                  <PostForm action={`/workspaces/${ws.id}/mid-term/${d.documentId}`} csrf={ws.csrf} button={t('fu_save')}>
                    <input type="hidden" name="paragraph" value={s.paragraph} />
                    <input type="hidden" name="recommendationId" value={String(s.recommendationId)} />
                  </PostForm>
                ) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Layout>
  );
}
