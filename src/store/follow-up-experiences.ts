// Shared experience (docs/follow-up.md): how an organisation reported, lobbied and followed up, tagged by
// State, stage and issue. A workspace reads its own; every workspace reads those published.
import type { Db } from './database.js';
import { UprError } from '../core/index.js';

export interface ExperienceWrite {
  title: string;
  text: string;
  stateIso3: string | null;
  stage: string;
  issues: readonly string[];
  published: boolean;
}

export interface ExperienceRow extends ExperienceWrite {
  id: number;
  workspaceId: number;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, workspace_id AS workspaceId, title, text, state_iso3 AS stateIso3, stage, issues, published, created_by AS createdBy,
  created_at AS createdAt, updated_at AS updatedAt FROM follow_up_experiences`;
type Raw = Omit<ExperienceRow, 'issues' | 'published'> & { issues: string; published: number };
const toRow = (r: Raw): ExperienceRow => ({ ...r, issues: JSON.parse(r.issues) as string[], published: r.published === 1 });

/** Records an experience of the workspace; returns it as stored. */
export function addExperience(db: Db, workspaceId: number, x: ExperienceWrite, userId: number | null, now: string): ExperienceRow {
  if (x.stateIso3 !== null && !db.prepare('SELECT 1 FROM states WHERE iso3 = ?').get(x.stateIso3)) {
    throw new UprError('invalid_input', `no State with the code ${x.stateIso3}`, { field: 'state', value: x.stateIso3 });
  }
  const id = Number(db.prepare(`INSERT INTO follow_up_experiences (workspace_id, title, text, state_iso3, stage, issues, published, created_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(workspaceId, x.title, x.text, x.stateIso3, x.stage, JSON.stringify(x.issues), x.published ? 1 : 0, userId, now, now).lastInsertRowid);
  return toRow(db.prepare(`${SELECT} WHERE id = ?`).get(id) as Raw);
}

/** Experiences a workspace may read: its own and those other workspaces published, newest first; `state` narrows. */
export function visibleExperiences(db: Db, workspaceId: number | null, state?: string): ExperienceRow[] {
  return (db.prepare(`${SELECT} WHERE (workspace_id = ? OR published = 1) AND (? IS NULL OR state_iso3 = ?) ORDER BY created_at DESC, id DESC LIMIT 500`)
    .all(workspaceId, state ?? null, state ?? null) as Raw[]).map(toRow);
}
