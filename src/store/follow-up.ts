// Assessments of recommendations per workspace (docs/follow-up.md): status, text and responsible body,
// with optimistic concurrency (an editor sends the version they started from; a stale one is a conflict)
// and every version kept. Callers wrap each write with its audit entry in one transaction.
import type { Db } from './database.js';
import { UprError } from '../core/index.js';
import { cachedStatement } from './statements.js';

export interface AssessmentRow {
  id: number;
  workspaceId: number;
  recommendationId: number;
  status: string;
  text: string | null;
  responsibleBody: string | null;
  updatedBy: number | null;
  updatedAt: string;
  version: number;
}

export interface AssessmentWrite {
  status: string;
  text: string | null;
  responsibleBody: string | null;
  /** The version the editor started from; null for a first assessment. */
  version: number | null;
}

const COLUMNS = `id, workspace_id AS workspaceId, recommendation_id AS recommendationId, status, text, responsible_body AS responsibleBody,
  updated_by AS updatedBy, updated_at AS updatedAt, version`;

/** The workspace's assessment of a recommendation, or undefined. */
export function getAssessment(db: Db, workspaceId: number, recommendationId: number): AssessmentRow | undefined {
  return cachedStatement(db, `SELECT ${COLUMNS} FROM follow_up_assessments WHERE workspace_id = ? AND recommendation_id = ?`).get(workspaceId, recommendationId) as AssessmentRow | undefined;
}

/** True when the recommendation exists in the store. */
export function recommendationExists(db: Db, recommendationId: number): boolean {
  return cachedStatement(db, 'SELECT 1 FROM recommendations WHERE id = ?').get(recommendationId) !== undefined;
}

/**
 * Writes a new version of the assessment and its history row; returns the row before (undefined for a
 * first assessment) and after. Throws `conflict` when `w.version` is not the stored version (someone saved
 * in between), with the current version in the details, and `not_found` for an unknown recommendation.
 */
export function saveAssessment(db: Db, workspaceId: number, recommendationId: number, w: AssessmentWrite, userId: number | null, now: string): { before: AssessmentRow | undefined; after: AssessmentRow } {
  return db.transaction(() => {
    if (!recommendationExists(db, recommendationId)) throw new UprError('not_found', `no recommendation ${recommendationId}`, { field: 'id', value: String(recommendationId) });
    const before = getAssessment(db, workspaceId, recommendationId);
    const current = before?.version ?? null;
    if (w.version !== current) {
      throw new UprError('conflict', current === null ? 'this recommendation has no assessment yet: send no version' : `the assessment changed since version ${w.version ?? 'none'}: reload version ${current} and apply your change again`,
        { field: 'version', currentVersion: current });
    }
    const version = (current ?? 0) + 1;
    if (before) {
      cachedStatement(db, `UPDATE follow_up_assessments SET status = ?, text = ?, responsible_body = ?, updated_by = ?, updated_at = ?, version = ?
        WHERE id = ? AND version = ?`).run(w.status, w.text, w.responsibleBody, userId, now, version, before.id, current);
    } else {
      cachedStatement(db, `INSERT INTO follow_up_assessments (workspace_id, recommendation_id, status, text, responsible_body, updated_by, updated_at, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(workspaceId, recommendationId, w.status, w.text, w.responsibleBody, userId, now, version);
    }
    const after = getAssessment(db, workspaceId, recommendationId)!;
    cachedStatement(db, `INSERT INTO follow_up_assessment_history (assessment_id, version, status, text, responsible_body, updated_by, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(after.id, version, w.status, w.text, w.responsibleBody, userId, now);
    return { before, after };
  }).immediate();
}

export interface AssessmentVersion {
  version: number;
  status: string;
  text: string | null;
  responsibleBody: string | null;
  updatedBy: number | null;
  updatedAt: string;
}

/** Every version of the workspace's assessment of a recommendation, oldest first. */
export function assessmentHistory(db: Db, workspaceId: number, recommendationId: number): AssessmentVersion[] {
  return db.prepare(`SELECT h.version, h.status, h.text, h.responsible_body AS responsibleBody, h.updated_by AS updatedBy, h.updated_at AS updatedAt
    FROM follow_up_assessment_history h JOIN follow_up_assessments a ON a.id = h.assessment_id
    WHERE a.workspace_id = ? AND a.recommendation_id = ? ORDER BY h.version`).all(workspaceId, recommendationId) as AssessmentVersion[];
}

/** Every assessment of a workspace (for the matrix, the dashboard and the plan). */
export function workspaceAssessments(db: Db, workspaceId: number): AssessmentRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM follow_up_assessments WHERE workspace_id = ? ORDER BY recommendation_id`).all(workspaceId) as AssessmentRow[];
}

/**
 * Moves a workspace's follow-up of recommendation `from` to `to` (the merge folded `from` into `to`): where
 * a workspace already assessed `to`, its own assessment stays and `from`'s versions join its history as
 * earlier ones; evidence, plan and mid-term links move (a plan entry `to` already has stays).
 */
export function moveFollowUp(db: Db, from: number, to: number): void {
  const both = db.prepare(`SELECT a.id AS fromId, b.id AS toId FROM follow_up_assessments a JOIN follow_up_assessments b
    ON b.workspace_id = a.workspace_id AND b.recommendation_id = ? WHERE a.recommendation_id = ?`).all(to, from) as { fromId: number; toId: number }[];
  for (const { fromId, toId } of both) {
    // Versions of the folded row become negative (earlier than the survivor's own history) so none collide.
    db.prepare(`UPDATE follow_up_assessment_history SET assessment_id = ?, version = version - (SELECT MAX(version) FROM follow_up_assessment_history WHERE assessment_id = ?) - 1
      WHERE assessment_id = ?`).run(toId, fromId, fromId);
    db.prepare('DELETE FROM follow_up_assessments WHERE id = ?').run(fromId);
  }
  db.prepare('UPDATE follow_up_assessments SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  db.prepare('UPDATE follow_up_evidence SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  db.prepare('UPDATE OR IGNORE follow_up_plan SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  db.prepare('UPDATE OR IGNORE follow_up_mid_term_links SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
}
