// The audit log (table audit_log): who changed what, when, with the row before and after. Every change to
// accounts and workspaces appends its entry inside the transaction of the change, so both land or neither.
import { UprError } from '../core/index.js';
import type { Db } from './database.js';

export interface AuditEntry {
  /** The acting user; null for an operator at the command line. */
  userId: number | null;
  workspaceId?: number | null;
  /** A verb: create, update, delete, sign-up, ... */
  action: string;
  /** The kind of thing changed: user, workspace, membership, assessment, ... */
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** ISO time; defaults to now. */
  at?: string;
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  userEmail: string | null;
  workspaceId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends one audit entry; returns its id. Must run inside the transaction that makes the change (throws
 * otherwise), so a change is never stored without its entry nor an entry without its change.
 */
export function appendAudit(db: Db, entry: AuditEntry): number {
  if (!db.inTransaction) throw new UprError('conflict', 'an audit entry must be written in the transaction of its change', { field: 'audit_log' });
  const r = db.prepare(`INSERT INTO audit_log (at, user_id, workspace_id, action, entity, entity_id, before_json, after_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    entry.at ?? new Date().toISOString(), entry.userId, entry.workspaceId ?? null, entry.action, entry.entity,
    entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId), json(entry.before), json(entry.after),
  );
  return Number(r.lastInsertRowid);
}

export interface AuditQuery {
  workspaceId?: number;
  entity?: string;
  entityId?: string | number;
  /** Entries with an id below this one (paging backwards); default: the newest. */
  beforeId?: number;
  /** At most this many entries (default 100, at most 1000). */
  limit?: number;
}

/** Audit entries, newest first, filtered by workspace and/or entity. */
export function listAudit(db: Db, q: AuditQuery = {}): AuditRow[] {
  const conditions: [string, string | number | undefined][] = [
    ['a.workspace_id = ?', q.workspaceId], ['a.entity = ?', q.entity], ['a.entity_id = ?', q.entityId === undefined ? undefined : String(q.entityId)], ['a.id < ?', q.beforeId],
  ];
  const used = conditions.filter(([, v]) => v !== undefined);
  const where = used.map(([sql]) => sql);
  const args = used.map(([, v]) => v as string | number);
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  const rows = db.prepare(`SELECT a.id, a.at, a.user_id, u.email, a.workspace_id, a.action, a.entity, a.entity_id, a.before_json, a.after_json
    FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.id DESC LIMIT ${limit}`).raw().all(...args) as [number, string, number | null, string | null, number | null, string, string, string | null, string | null, string | null][];
  return rows.map(([id, at, userId, userEmail, workspaceId, action, entity, entityId, before, after]) => ({
    id, at, userId, userEmail, workspaceId, action, entity, entityId,
    before: before === null ? null : JSON.parse(before) as unknown,
    after: after === null ? null : JSON.parse(after) as unknown,
  }));
}

/** Number of audit entries (all, or of one workspace). */
export function countAudit(db: Db, workspaceId?: number): number {
  const sql = workspaceId === undefined ? 'SELECT count(*) FROM audit_log' : 'SELECT count(*) FROM audit_log WHERE workspace_id = ?';
  return (db.prepare(sql).pluck().get(...(workspaceId === undefined ? [] : [workspaceId])) as number);
}
