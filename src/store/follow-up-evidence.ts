// Evidence items and the follow-up plan of a workspace's recommendations (docs/follow-up.md).
import type { Db } from './database.js';
import { UprError } from '../core/index.js';
import { recommendationExists } from './follow-up.js';

export interface EvidenceWrite {
  source: string;
  date: string;
  link: string | null;
  documentId: number | null;
  attachment: { name: string; mediaType: string; bytes: Uint8Array } | null;
  quotation: string | null;
}

export interface EvidenceRow {
  id: number;
  recommendationId: number;
  source: string;
  date: string;
  link: string | null;
  documentId: number | null;
  documentName: string | null;
  attachmentName: string | null;
  /** The uploaded document's media type, as its content proved it (docs/follow-up.md). */
  attachmentType: string | null;
  quotation: string | null;
  addedBy: number | null;
  addedAt: string;
}

const need = (db: Db, id: number) => {
  if (!recommendationExists(db, id)) throw new UprError('not_found', `no recommendation ${id}`, { field: 'id', value: String(id) });
};

/** Adds an evidence item; returns it as stored. */
export function addEvidence(db: Db, workspaceId: number, recommendationId: number, e: EvidenceWrite, userId: number | null, now: string): EvidenceRow {
  need(db, recommendationId);
  if (e.documentId !== null && !db.prepare('SELECT 1 FROM documents WHERE id = ?').get(e.documentId)) {
    throw new UprError('invalid_input', `documentId: no stored document ${e.documentId}`, { field: 'documentId', value: String(e.documentId) });
  }
  const id = Number(db.prepare(`INSERT INTO follow_up_evidence (workspace_id, recommendation_id, source, evidence_date, link, document_id, attachment_name, attachment_type, attachment, quotation, added_by, added_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(workspaceId, recommendationId, e.source, e.date, e.link, e.documentId, e.attachment?.name ?? null, e.attachment?.mediaType ?? null,
    e.attachment ? Buffer.from(e.attachment.bytes) : null, e.quotation, userId, now).lastInsertRowid);
  return listEvidence(db, workspaceId, [recommendationId]).find((r) => r.id === id)!;
}

/** Evidence of the workspace for the given recommendations (all of them when `ids` is undefined), oldest first. */
export function listEvidence(db: Db, workspaceId: number, ids?: readonly number[]): EvidenceRow[] {
  return db.prepare(`SELECT e.id, e.recommendation_id AS recommendationId, e.source, e.evidence_date AS date, e.link, e.document_id AS documentId,
      COALESCE(d.symbol, d.title) AS documentName, e.attachment_name AS attachmentName, e.attachment_type AS attachmentType, e.quotation, e.added_by AS addedBy, e.added_at AS addedAt
    FROM follow_up_evidence e LEFT JOIN documents d ON d.id = e.document_id
    WHERE e.workspace_id = ? AND (? IS NULL OR e.recommendation_id IN (SELECT value FROM json_each(?))) ORDER BY e.recommendation_id, e.evidence_date, e.id`)
    .all(workspaceId, ids ? 1 : null, JSON.stringify(ids ?? [])) as EvidenceRow[];
}

/** An uploaded evidence document of the workspace, or undefined. */
export function evidenceAttachment(db: Db, workspaceId: number, evidenceId: number): { name: string; mediaType: string; bytes: Buffer } | undefined {
  const r = db.prepare(`SELECT attachment_name AS name, attachment_type AS mediaType, attachment AS bytes FROM follow_up_evidence
    WHERE workspace_id = ? AND id = ? AND attachment IS NOT NULL`).get(workspaceId, evidenceId) as { name: string; mediaType: string; bytes: Buffer } | undefined;
  return r;
}

export interface PlanWrite {
  priority: string;
  owner: string | null;
  targetDate: string | null;
}

export interface PlanRow extends PlanWrite {
  recommendationId: number;
  status: string | null;
  updatedBy: number | null;
  updatedAt: string;
}

/** Sets the recommendation's place in the plan; returns the entry before (if any) and after. */
export function savePlanItem(db: Db, workspaceId: number, recommendationId: number, p: PlanWrite, userId: number | null, now: string): { before: PlanRow | undefined; after: PlanRow } {
  need(db, recommendationId);
  const before = listPlan(db, workspaceId, [recommendationId])[0];
  db.prepare(`INSERT INTO follow_up_plan (workspace_id, recommendation_id, priority, owner, target_date, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (workspace_id, recommendation_id) DO UPDATE SET priority = excluded.priority, owner = excluded.owner, target_date = excluded.target_date,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at`).run(workspaceId, recommendationId, p.priority, p.owner, p.targetDate, userId, now);
  return { before, after: listPlan(db, workspaceId, [recommendationId])[0]! };
}

/** The workspace's plan (for the given recommendations, or all), with each recommendation's current status. */
export function listPlan(db: Db, workspaceId: number, ids?: readonly number[]): PlanRow[] {
  return db.prepare(`SELECT p.recommendation_id AS recommendationId, p.priority, p.owner, p.target_date AS targetDate, a.status,
      p.updated_by AS updatedBy, p.updated_at AS updatedAt
    FROM follow_up_plan p LEFT JOIN follow_up_assessments a ON a.workspace_id = p.workspace_id AND a.recommendation_id = p.recommendation_id
    WHERE p.workspace_id = ? AND (? IS NULL OR p.recommendation_id IN (SELECT value FROM json_each(?))) ORDER BY p.recommendation_id`)
    .all(workspaceId, ids ? 1 : null, JSON.stringify(ids ?? [])) as PlanRow[];
}
