// The follow-up pages of a workspace: dashboard, a recommendation's assessment, plan and evidence,
// shared experience, and the matrix and outline downloads. Forms post here and are answered with a
// redirect to the page (303); the same writes as the JSON API (workspace-data.tsx).
import type { Context, Hono } from 'hono';
import { UprError } from '../../core/index.js';
import {
  getRecommendations, getAssessment, assessmentHistory, listEvidence, listPlan, midTermLinks, visibleExperiences, evidenceAttachment, numberedParagraphs,
  trackedRecommendations, midTermDocuments, type Db,
} from '../../store/index.js';
import { matrixXlsx, CONTENT_TYPES } from '../../export/index.js';
import { renderMatrixDocx, renderOutlineDocx } from '../../report/index.js';
import { draftOutline, outlineMarkdown, readAssessment, readEvidence, readExperience, readMidTermLink, readPlanItem, readTrackedReview, suggestLinks } from '../../followup/index.js';
import type { AppEnv, AppDeps } from '../app-env.js';
import { sendPage, pageContext } from './pages.js';
import { DashboardPage, type WorkspaceView } from '../views/workspace/dashboard.js';
import { RecommendationFollowUpPage } from '../views/workspace/recommendation.js';
import { ExperiencesPage } from '../views/workspace/experiences.js';
import { MidTermPage } from '../views/workspace/mid-term.js';
import { idParam, member, readBody, roleAtLeast, MAX_UPLOAD_BYTES, type Member, type Role } from './workspace-guard.js';
import { addTrackedReview, changeAssessment, changePlanItem, confirmMidTermLink, createEvidence, createExperience, dashboardData, workspaceMatrix, type Actor } from './workspace-data.js';
import { uploadedFile } from './workspace-upload.js';

const view = (m: Member): WorkspaceView => ({ id: m.workspaceId, name: m.workspaceName, canEdit: roleAtLeast(m.role, 'editor'), canCoordinate: roleAtLeast(m.role, 'coordinator'), csrf: m.csrf });
const actor = (m: Member): Actor => ({ userId: m.userId, workspaceId: m.workspaceId, now: new Date().toISOString() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a download: `name` as an ASCII filename and, when it has other characters, as UTF-8 `filename*` (RFC 6266). */
function download(c: Context<AppEnv>, bytes: Uint8Array | string, type: string, name: string): Response {
  const ascii = name.replace(/[^\w.\- ]+/g, '_');
  c.header('content-type', type);
  c.header('content-disposition', `attachment; filename="${ascii}"${ascii === name ? '' : `; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`}`);
  c.header('x-content-type-options', 'nosniff');
  return c.body(typeof bytes === 'string' ? bytes : new Uint8Array(bytes));
}

export function registerWorkspacePages(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  const ws = (c: Context<AppEnv>, min: Role) => member(c, db, idParam(c, 'ws'), min);

  app.get('/workspaces/:ws', (c) => {
    const m = ws(c, 'viewer');
    return sendPage(c, <DashboardPage ctx={pageContext(c)} ws={view(m)} data={dashboardData(db, m.workspaceId, deps.today())} today={deps.today()} />);
  });

  app.post('/workspaces/:ws/tracked', async (c) => {
    const body = await readBody(c);
    const m = ws(c, 'coordinator');
    const { stateIso3: state, cycle } = readTrackedReview(body);
    addTrackedReview(db, actor(m), state, cycle);
    return c.redirect(`/workspaces/${m.workspaceId}`, 303);
  });

  app.get('/workspaces/:ws/recommendations/:id', (c) => {
    const m = ws(c, 'viewer');
    const id = idParam(c, 'id');
    const [rec] = getRecommendations(db, [id]);
    if (!rec) throw new UprError('not_found', `no recommendation ${id}`, { field: 'id', value: String(id) });
    const w = m.workspaceId;
    return sendPage(c, <RecommendationFollowUpPage ctx={pageContext(c)} ws={view(m)} d={{
      rec, assessment: getAssessment(db, w, id), history: assessmentHistory(db, w, id), evidence: listEvidence(db, w, [id]), plan: listPlan(db, w, [id])[0],
      midTerm: midTermLinks(db, w, id), canPlan: roleAtLeast(m.role, 'coordinator'),
    }} />);
  });

  const back = (c: Context<AppEnv>, m: Member) => c.redirect(`/workspaces/${m.workspaceId}/recommendations/${idParam(c, 'id')}`, 303);
  app.post('/workspaces/:ws/recommendations/:id/assessment', async (c) => {
    const body = await readBody(c);
    const m = ws(c, 'editor');
    changeAssessment(db, actor(m), idParam(c, 'id'), readAssessment(body));
    return back(c, m);
  });
  app.post('/workspaces/:ws/recommendations/:id/plan', async (c) => {
    const body = await readBody(c);
    const m = ws(c, 'coordinator');
    changePlanItem(db, actor(m), idParam(c, 'id'), readPlanItem(body));
    return back(c, m);
  });
  app.post('/workspaces/:ws/recommendations/:id/evidence', async (c) => {
    const m = ws(c, 'editor');
    const body = await readBody(c, MAX_UPLOAD_BYTES);
    createEvidence(db, actor(m), idParam(c, 'id'), readEvidence(body, await uploadedFile(body)));
    return back(c, m);
  });

  // An uploaded document is always a download (never shown inline), whatever its type.
  app.get('/workspaces/:ws/evidence/:eid/document', (c) => {
    const m = ws(c, 'viewer');
    const f = evidenceAttachment(db, m.workspaceId, idParam(c, 'eid'));
    if (!f) throw new UprError('not_found', 'no uploaded document here', { field: 'eid' });
    return download(c, f.bytes, 'application/octet-stream', f.name);
  });

  app.get('/workspaces/:ws/experiences', (c) => {
    const m = ws(c, 'viewer');
    return sendPage(c, <ExperiencesPage ctx={pageContext(c)} ws={view(m)} items={visibleExperiences(db, m.workspaceId)} canPublish={view(m).canCoordinate} />);
  });
  app.post('/workspaces/:ws/experiences', async (c) => {
    const body = await readBody(c);
    const m = ws(c, 'editor');
    const input = readExperience(body);
    if (input.published && !roleAtLeast(m.role, 'coordinator')) throw new UprError('forbidden', 'publishing to other workspaces needs the coordinator role', { field: 'published' });
    createExperience(db, actor(m), input);
    return c.redirect(`/workspaces/${m.workspaceId}/experiences`, 303);
  });

  app.get('/workspaces/:ws/mid-term/:document', (c) => {
    const m = ws(c, 'viewer');
    const documentId = idParam(c, 'document');
    const doc = midTermDocuments(db, m.workspaceId).find((d) => d.id === documentId);
    if (!doc) throw new UprError('not_found', `no mid-term report ${documentId} about the States this workspace tracks`, { field: 'document' });
    const paragraphs = numberedParagraphs(db, documentId);
    const recs = trackedRecommendations(db, m.workspaceId);
    return sendPage(c, <MidTermPage ctx={pageContext(c)} ws={view(m)} d={{
      documentId, name: doc.symbol ?? doc.title ?? String(documentId), paragraphs: new Map(paragraphs.map((p) => [p.paragraph, p.text])),
      recommendations: new Map(recs.map((r) => [r.id, r])), suggestions: suggestLinks(paragraphs, recs), confirmed: midTermLinks(db, m.workspaceId).filter((l) => l.documentId === documentId),
    }} />);
  });
  app.post('/workspaces/:ws/mid-term/:document', async (c) => {
    const body = await readBody(c);
    const m = ws(c, 'editor');
    confirmMidTermLink(db, actor(m), readMidTermLink({ ...body, documentId: c.req.param('document') }));
    return c.redirect(`/workspaces/${m.workspaceId}/mid-term/${idParam(c, 'document')}`, 303);
  });

  const title = (m: Member, what: string) => `${m.workspaceName}: ${what}`;
  app.get('/workspaces/:ws/matrix.xlsx', async (c) => {
    const m = ws(c, 'viewer');
    return download(c, await matrixXlsx(workspaceMatrix(db, m.workspaceId)), CONTENT_TYPES.xlsx, `follow-up-matrix-${m.workspaceId}.xlsx`);
  });
  app.get('/workspaces/:ws/matrix.docx', async (c) => {
    const m = ws(c, 'viewer');
    return download(c, await renderMatrixDocx(workspaceMatrix(db, m.workspaceId), title(m, 'follow-up matrix')), DOCX, `follow-up-matrix-${m.workspaceId}.docx`);
  });
  app.get('/workspaces/:ws/outline.docx', async (c) => {
    const m = ws(c, 'viewer');
    return download(c, await renderOutlineDocx(draftOutline(workspaceMatrix(db, m.workspaceId)), title(m, 'draft submission outline')), DOCX, `submission-outline-${m.workspaceId}.docx`);
  });
  app.get('/workspaces/:ws/outline.md', (c) => {
    const m = ws(c, 'viewer');
    return download(c, outlineMarkdown(draftOutline(workspaceMatrix(db, m.workspaceId)), title(m, 'draft submission outline')), 'text/markdown; charset=utf-8', `submission-outline-${m.workspaceId}.md`);
  });
}
