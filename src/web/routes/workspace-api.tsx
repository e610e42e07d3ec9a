// The follow-up JSON API (docs/follow-up.md, /api/openapi.json): a recommendation's assessment, history,
// evidence, plan entry and mid-term links in a workspace; the workspace's dashboard, tracked reviews, shared
// experience and mid-term link suggestions. Reads need a member (viewer), writes an editor (the plan and
// publishing a coordinator); every write is audited in its transaction.
import type { Hono } from 'hono';
import { UprError } from '../../core/index.js';
import {
  getAssessment, assessmentHistory, listEvidence, listPlan, midTermLinks, visibleExperiences, recommendationExists, numberedParagraphs,
  trackedRecommendations, type Db,
} from '../../store/index.js';
import { readAssessment, readEvidence, readExperience, readMidTermLink, readPlanItem, readTrackedReview, suggestLinks } from '../../followup/index.js';
import type { AppEnv, AppDeps } from '../app-env.js';
import { idParam, member, readBody, roleAtLeast, workspaceOf, MAX_UPLOAD_BYTES, type Member } from './workspace-guard.js';
import { addTrackedReview, changeAssessment, changePlanItem, confirmMidTermLink, createEvidence, createExperience, dashboardData, type Actor } from './workspace-data.js';
import { uploadedFile } from './workspace-upload.js';

const actor = (m: Member): Actor => ({ userId: m.userId, workspaceId: m.workspaceId, now: new Date().toISOString() });

/** The recommendation's follow-up in the member's workspace, as GET …/assessments returns it. */
function followUpOf(db: Db, workspaceId: number, id: number) {
  const assessment = getAssessment(db, workspaceId, id) ?? null;
  return {
    workspace: workspaceId, recommendationId: id, assessment, history: assessmentHistory(db, workspaceId, id),
    evidence: listEvidence(db, workspaceId, [id]), plan: listPlan(db, workspaceId, [id])[0] ?? null, midTermLinks: midTermLinks(db, workspaceId, id),
  };
}

export function registerWorkspaceApi(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  const recommendation = (id: number) => {
    if (!recommendationExists(db, id)) throw new UprError('not_found', `no recommendation ${id}`, { field: 'id', value: String(id) });
    return id;
  };
  const read = (path: string) => app.get(path, (c) => {
    const id = recommendation(idParam(c, 'id'));
    const m = member(c, db, workspaceOf(c), 'viewer');
    return c.json(followUpOf(db, m.workspaceId, id));
  });
  for (const path of ['assessments', 'evidence', 'plan']) read(`/api/recommendations/:id/${path}`);

  app.post('/api/recommendations/:id/assessments', async (c) => {
    const body = await readBody(c);
    const m = member(c, db, workspaceOf(c, body), 'editor');
    const id = recommendation(idParam(c, 'id'));
    const after = changeAssessment(db, actor(m), id, readAssessment(body));
    return c.json({ assessment: after }, after.version === 1 ? 201 : 200);
  });

  app.post('/api/recommendations/:id/evidence', async (c) => {
    const body = await readBody(c, MAX_UPLOAD_BYTES);
    const m = member(c, db, workspaceOf(c, body), 'editor');
    const id = recommendation(idParam(c, 'id'));
    return c.json({ evidence: createEvidence(db, actor(m), id, readEvidence(body, await uploadedFile(body))) }, 201);
  });

  app.post('/api/recommendations/:id/plan', async (c) => {
    const body = await readBody(c);
    const m = member(c, db, workspaceOf(c, body), 'coordinator');
    const id = recommendation(idParam(c, 'id'));
    return c.json({ plan: changePlanItem(db, actor(m), id, readPlanItem(body)) });
  });

  app.get('/api/workspaces/:ws', (c) => {
    const m = member(c, db, idParam(c, 'ws'), 'viewer');
    const { rows: _rows, ...d } = dashboardData(db, m.workspaceId, deps.today());
    return c.json({ id: m.workspaceId, name: m.workspaceName, role: m.role, ...d });
  });

  app.post('/api/workspaces/:ws/tracked', async (c) => {
    const body = await readBody(c);
    const m = member(c, db, idParam(c, 'ws'), 'coordinator');
    const { stateIso3: state, cycle } = readTrackedReview(body);
    return c.json({ reviewId: addTrackedReview(db, actor(m), state, cycle) }, 201);
  });

  app.get('/api/workspaces/:ws/experiences', (c) => {
    const m = member(c, db, idParam(c, 'ws'), 'viewer');
    return c.json({ items: visibleExperiences(db, m.workspaceId, c.req.query('state') || undefined) });
  });

  app.post('/api/workspaces/:ws/experiences', async (c) => {
    const body = await readBody(c);
    const m = member(c, db, idParam(c, 'ws'), 'editor');
    const input = readExperience(body);
    if (input.published && !roleAtLeast(m.role, 'coordinator')) throw new UprError('forbidden', 'publishing to other workspaces needs the coordinator role', { field: 'published' });
    return c.json({ experience: createExperience(db, actor(m), input) }, 201);
  });

  app.get('/api/workspaces/:ws/mid-term/:document/suggestions', (c) => {
    const m = member(c, db, idParam(c, 'ws'), 'viewer');
    const paragraphs = numberedParagraphs(db, idParam(c, 'document'));
    if (paragraphs.length === 0) throw new UprError('not_found', 'no numbered paragraphs in this document', { field: 'document' });
    return c.json({ suggestions: suggestLinks(paragraphs, trackedRecommendations(db, m.workspaceId)) });
  });

  app.post('/api/workspaces/:ws/mid-term-links', async (c) => {
    const body = await readBody(c);
    const m = member(c, db, idParam(c, 'ws'), 'editor');
    return c.json({ link: confirmMidTermLink(db, actor(m), readMidTermLink(body)) }, 201);
  });
}
