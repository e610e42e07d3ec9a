// What the follow-up pages and API share: reading a workspace's follow-up (matrix rows, dashboard) and
// each change, written with its audit entry in one transaction (docs/follow-up.md).
import {
  inTransaction, saveAssessment, addEvidence, savePlanItem, addExperience, trackReview, saveMidTermLink, appendAudit, listEvidence,
  workspaceAssessments, trackedRecommendations, listPlan, trackedReviews, midTermDocuments, type Db,
} from '../../store/index.js';
import {
  matrixRows, overdueItems, planGroups, progressSummary, type AssessmentInput, type EvidenceInput, type ExperienceInput, type ImplementationStatus,
  type MatrixAssessment, type MatrixRow, type MidTermLinkInput, type PlanInput, type PlanItem, type PriorityGroup,
} from '../../followup/index.js';

/** Who makes a change, where and when. */
export interface Actor {
  userId: number | null;
  workspaceId: number;
  now: string;
}

const audit = (db: Db, a: Actor, action: string, entity: string, entityId: number | string, before: unknown, after: unknown) =>
  appendAudit(db, { userId: a.userId, workspaceId: a.workspaceId, action, entity, entityId, before: before ?? null, after, at: a.now });

/** Saves a new version of the assessment (409 when `input.version` is stale) with its audit entry. */
export function changeAssessment(db: Db, a: Actor, recommendationId: number, input: AssessmentInput) {
  return inTransaction(db, () => {
    const r = saveAssessment(db, a.workspaceId, recommendationId, input, a.userId, a.now);
    audit(db, a, r.before ? 'update' : 'create', 'assessment', r.after.id, r.before, r.after);
    return r.after;
  });
}

export function createEvidence(db: Db, a: Actor, recommendationId: number, input: EvidenceInput) {
  return inTransaction(db, () => {
    const row = addEvidence(db, a.workspaceId, recommendationId, input, a.userId, a.now);
    audit(db, a, 'create', 'evidence', row.id, null, row);
    return row;
  });
}

export function changePlanItem(db: Db, a: Actor, recommendationId: number, input: PlanInput) {
  return inTransaction(db, () => {
    const r = savePlanItem(db, a.workspaceId, recommendationId, input, a.userId, a.now);
    audit(db, a, r.before ? 'update' : 'create', 'plan_item', `${a.workspaceId}:${recommendationId}`, r.before, r.after);
    return r.after;
  });
}

export function createExperience(db: Db, a: Actor, input: ExperienceInput) {
  return inTransaction(db, () => {
    const row = addExperience(db, a.workspaceId, input, a.userId, a.now);
    audit(db, a, 'create', 'experience', row.id, null, row);
    return row;
  });
}

export function addTrackedReview(db: Db, a: Actor, stateIso3: string, cycle: number) {
  return inTransaction(db, () => {
    const reviewId = trackReview(db, a.workspaceId, stateIso3, cycle, a.now);
    audit(db, a, 'create', 'tracked_review', reviewId, null, { stateIso3, cycle, reviewId });
    return reviewId;
  });
}

export function confirmMidTermLink(db: Db, a: Actor, input: MidTermLinkInput) {
  return inTransaction(db, () => {
    const row = saveMidTermLink(db, a.workspaceId, input, a.userId, a.now);
    audit(db, a, 'create', 'mid_term_link', `${input.documentId}:${input.paragraph}:${input.recommendationId}`, null, row);
    return row;
  });
}

/** The matrix rows of the workspace: tracked recommendations with assessment and evidence. */
export function workspaceMatrix(db: Db, workspaceId: number): MatrixRow[] {
  const evidence = listEvidence(db, workspaceId);
  const assessments = new Map(workspaceAssessments(db, workspaceId).map((x): [number, MatrixAssessment] => [x.recommendationId, {
    status: x.status as ImplementationStatus, text: x.text, responsibleBody: x.responsibleBody,
    evidence: evidence.filter((e) => e.recommendationId === x.recommendationId),
  }]));
  return matrixRows(trackedRecommendations(db, workspaceId), assessments);
}

/** Everything the dashboard shows (and GET /api/workspaces/{id} returns). */
export function dashboardData(db: Db, workspaceId: number, today: string) {
  const rows = workspaceMatrix(db, workspaceId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const plan: (PlanItem & { text: string; paragraph: string | null })[] = listPlan(db, workspaceId).map((p) => ({
    recommendationId: p.recommendationId, priority: p.priority as PriorityGroup, owner: p.owner, targetDate: p.targetDate, status: p.status as ImplementationStatus | null,
    text: byId.get(p.recommendationId)?.text ?? '', paragraph: byId.get(p.recommendationId)?.paragraph ?? null,
  }));
  return {
    reviews: trackedReviews(db, workspaceId),
    midTermReports: midTermDocuments(db, workspaceId),
    progress: progressSummary(rows.map((r) => ({ recommendationId: r.id, issues: r.childIssues.length ? r.childIssues : r.issues, status: r.status }))),
    overdue: overdueItems(plan, today),
    plan: planGroups(plan),
    rows,
  };
}
