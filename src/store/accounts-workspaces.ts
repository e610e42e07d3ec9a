// Organisations, workspaces and memberships. A workspace belongs to one organisation, or is a coalition's
// shared by several (workspace_organisations); members have one role each. Every change is audited.
import { UprError } from '../core/index.js';
import type { Role } from '../accounts/index.js';
import { inTransaction, type Db } from './database.js';
import { appendAudit } from './audit.js';

export interface WorkspaceRow {
  id: number;
  name: string;
  coalition: boolean;
  created: string;
  organisations: string[];
  members: number;
}

export interface MemberRow {
  userId: number;
  email: string;
  name: string;
  role: Role;
}

/** The organisation named `name` (any case), created (and audited) when new; returns its id. */
export function ensureOrganisation(db: Db, actor: number | null, name: string): number {
  return inTransaction(db, () => {
    const id = db.prepare('SELECT id FROM organisations WHERE name = ?').pluck().get(name) as number | undefined;
    if (id !== undefined) return id;
    const created = new Date().toISOString();
    const newId = Number(db.prepare('INSERT INTO organisations (name, created) VALUES (?, ?)').run(name, created).lastInsertRowid);
    appendAudit(db, { userId: actor, action: 'create', entity: 'organisation', entityId: newId, after: { id: newId, name, created } });
    return newId;
  });
}

/** Creates workspace `name` for one organisation, or a coalition's for several (created when new). */
export function createWorkspace(db: Db, actor: number | null, name: string, organisations: readonly string[]): WorkspaceRow {
  if (organisations.length === 0) throw new UprError('invalid_input', 'a workspace belongs to at least one organisation', { field: 'organisation' });
  return inTransaction(db, () => {
    if (db.prepare('SELECT 1 FROM workspaces WHERE name = ?').get(name)) throw new UprError('conflict', `a workspace named ${name} already exists`, { field: 'name', value: name });
    const orgIds = [...new Set(organisations.map((o) => ensureOrganisation(db, actor, o)))];
    const id = Number(db.prepare('INSERT INTO workspaces (name, coalition, created) VALUES (?, ?, ?)')
      .run(name, orgIds.length > 1 ? 1 : 0, new Date().toISOString()).lastInsertRowid);
    const link = db.prepare('INSERT INTO workspace_organisations (workspace_id, organisation_id) VALUES (?, ?)');
    for (const o of orgIds) link.run(id, o);
    const row = getWorkspace(db, id)!;
    appendAudit(db, { userId: actor, workspaceId: id, action: 'create', entity: 'workspace', entityId: id, after: row });
    return row;
  });
}

const WORKSPACE_SELECT = `SELECT w.id, w.name, w.coalition, w.created,
  (SELECT group_concat(o.name, '|') FROM workspace_organisations wo JOIN organisations o ON o.id = wo.organisation_id WHERE wo.workspace_id = w.id),
  (SELECT count(*) FROM memberships m WHERE m.workspace_id = w.id)
  FROM workspaces w`;
type WsRaw = [number, string, number, string, string | null, number];
const toWorkspace = ([id, name, coalition, created, orgs, members]: WsRaw): WorkspaceRow => ({
  id, name, coalition: coalition === 1, created, organisations: (orgs ?? '').split('|').filter(Boolean).sort(), members,
});

export function getWorkspace(db: Db, id: number): WorkspaceRow | undefined {
  const raw = db.prepare(`${WORKSPACE_SELECT} WHERE w.id = ?`).raw().get(id) as WsRaw | undefined;
  return raw && toWorkspace(raw);
}

export function findWorkspace(db: Db, name: string): WorkspaceRow | undefined {
  const raw = db.prepare(`${WORKSPACE_SELECT} WHERE w.name = ?`).raw().get(name) as WsRaw | undefined;
  return raw && toWorkspace(raw);
}

export function listWorkspaces(db: Db): WorkspaceRow[] {
  return (db.prepare(`${WORKSPACE_SELECT} ORDER BY w.name`).raw().all() as WsRaw[]).map(toWorkspace);
}

/** The role of user `userId` in workspace `workspaceId`, or null when not a member. */
export function membershipRole(db: Db, workspaceId: number, userId: number): Role | null {
  return (db.prepare('SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?').pluck().get(workspaceId, userId) as Role | undefined) ?? null;
}

/** The workspaces user `userId` belongs to, with their role, by name. */
export function userWorkspaces(db: Db, userId: number): (WorkspaceRow & { role: Role })[] {
  const rows = db.prepare(`${WORKSPACE_SELECT} JOIN memberships me ON me.workspace_id = w.id AND me.user_id = ? ORDER BY w.name`).raw().all(userId) as WsRaw[];
  return rows.map((r) => ({ ...toWorkspace(r), role: membershipRole(db, r[0], userId)! }));
}

/** The members of a workspace, by e-mail address. */
export function listMembers(db: Db, workspaceId: number): MemberRow[] {
  return (db.prepare(`SELECT u.id, u.email, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.workspace_id = ? ORDER BY u.email`).raw().all(workspaceId) as [number, string, string, Role][])
    .map(([userId, email, name, role]) => ({ userId, email, name, role }));
}

/** Gives user `userId` role `role` in the workspace (adding or changing the membership); audited. */
export function setMembership(db: Db, actor: number | null, workspaceId: number, userId: number, role: Role): void {
  inTransaction(db, () => {
    if (!getWorkspace(db, workspaceId)) throw new UprError('not_found', `no workspace with id ${workspaceId}`, { field: 'workspace', value: String(workspaceId) });
    const before = membershipRole(db, workspaceId, userId);
    if (before === role) return;
    db.prepare(`INSERT INTO memberships (workspace_id, user_id, role) VALUES (?, ?, ?)
      ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`).run(workspaceId, userId, role);
    appendAudit(db, { userId: actor, workspaceId, action: before ? 'update' : 'create', entity: 'membership', entityId: `${workspaceId}:${userId}`,
      before: before ? { workspaceId, userId, role: before } : null, after: { workspaceId, userId, role } });
  });
}

/** Removes user `userId` from the workspace; audited (nothing happens when not a member). */
export function removeMembership(db: Db, actor: number | null, workspaceId: number, userId: number): void {
  inTransaction(db, () => {
    const before = membershipRole(db, workspaceId, userId);
    if (!before) return;
    db.prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?').run(workspaceId, userId);
    appendAudit(db, { userId: actor, workspaceId, action: 'delete', entity: 'membership', entityId: `${workspaceId}:${userId}`, before: { workspaceId, userId, role: before } });
  });
}
