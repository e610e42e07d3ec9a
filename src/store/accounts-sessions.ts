// Sessions, invitations and personal API tokens. Only hashes of their tokens are stored (src/accounts
// makes and hashes them); expired sessions are removed when met. Invitations and tokens are audited.
import { UprError } from '../core/index.js';
import type { Role } from '../accounts/index.js';
import { inTransaction, type Db } from './database.js';
import { appendAudit } from './audit.js';
import { createUser, getUser, type UserRow } from './accounts-users.js';
import { getWorkspace, setMembership } from './accounts-workspaces.js';

export interface SessionRow {
  user: UserRow;
  csrfSecret: string;
  expires: string;
}

/** Stores a new session of user `userId` lasting `ttlMs`. */
export function createSession(db: Db, idHash: string, userId: number, csrfSecret: string, ttlMs: number, now = Date.now()): void {
  inTransaction(db, () => {
    db.prepare('DELETE FROM user_sessions WHERE expires < ?').run(new Date(now).toISOString());
    db.prepare('INSERT INTO user_sessions (id_hash, user_id, created, expires, csrf_secret) VALUES (?, ?, ?, ?, ?)')
      .run(idHash, userId, new Date(now).toISOString(), new Date(now + ttlMs).toISOString(), csrfSecret);
  });
}

/** The live session with this id hash and its (enabled) user, or undefined. */
export function findSession(db: Db, idHash: string, now = Date.now()): SessionRow | undefined {
  const row = db.prepare('SELECT user_id, csrf_secret, expires FROM user_sessions WHERE id_hash = ?').raw().get(idHash) as [number, string, string] | undefined;
  if (!row || row[2] < new Date(now).toISOString()) return undefined;
  const user = getUser(db, row[0]);
  if (!user || user.disabled) return undefined;
  return { user, csrfSecret: row[1], expires: row[2] };
}

/** Ends a session (signing out). */
export function deleteSession(db: Db, idHash: string): void {
  db.prepare('DELETE FROM user_sessions WHERE id_hash = ?').run(idHash);
}

export interface InvitationRow {
  email: string;
  workspaceId: number | null;
  workspaceName: string | null;
  role: Role | null;
  expires: string;
}

/** Stores an invitation for `email` to join a workspace with `role` (or just to get an account); audited. */
export function createInvitation(db: Db, actor: number | null, inv: { tokenHash: string; email: string; workspaceId: number | null; role: Role | null; ttlMs: number }): void {
  inTransaction(db, () => {
    if (inv.workspaceId !== null && !getWorkspace(db, inv.workspaceId)) throw new UprError('not_found', `no workspace with id ${inv.workspaceId}`, { field: 'workspace' });
    const now = Date.now();
    const expires = new Date(now + inv.ttlMs).toISOString();
    db.prepare('INSERT INTO invitations (token_hash, email, workspace_id, role, created, expires) VALUES (?, ?, ?, ?, ?, ?)')
      .run(inv.tokenHash, inv.email, inv.workspaceId, inv.role, new Date(now).toISOString(), expires);
    appendAudit(db, { userId: actor, workspaceId: inv.workspaceId, action: 'create', entity: 'invitation', entityId: inv.email,
      after: { email: inv.email, workspaceId: inv.workspaceId, role: inv.role, expires } });
  });
}

/** The unused, unexpired invitation with this token hash, or undefined. */
export function findInvitation(db: Db, tokenHash: string, now = Date.now()): InvitationRow | undefined {
  const r = db.prepare(`SELECT i.email, i.workspace_id, w.name, i.role, i.expires FROM invitations i LEFT JOIN workspaces w ON w.id = i.workspace_id
    WHERE i.token_hash = ? AND i.used IS NULL AND i.expires >= ?`).raw().get(tokenHash, new Date(now).toISOString()) as [string, number | null, string | null, Role | null, string] | undefined;
  return r && { email: r[0], workspaceId: r[1], workspaceName: r[2], role: r[3], expires: r[4] };
}

/**
 * Accepts an invitation in one transaction: creates the user, gives the invited role, marks the invitation
 * used (a second use is refused). Returns the new user.
 */
export function acceptInvitation(db: Db, tokenHash: string, account: { name: string; passwordHash: string }): UserRow {
  return inTransaction(db, () => {
    const inv = findInvitation(db, tokenHash);
    if (!inv) throw new UprError('not_found', 'this invitation does not exist, has expired or was already used', { field: 'token' });
    const user = createUser(db, null, { email: inv.email, name: account.name, passwordHash: account.passwordHash });
    if (inv.workspaceId !== null && inv.role) setMembership(db, user.id, inv.workspaceId, user.id, inv.role);
    db.prepare('UPDATE invitations SET used = ? WHERE token_hash = ?').run(new Date().toISOString(), tokenHash);
    appendAudit(db, { userId: user.id, workspaceId: inv.workspaceId, action: 'accept', entity: 'invitation', entityId: inv.email, before: { used: false }, after: { used: true } });
    return user;
  });
}

export interface ApiTokenRow {
  id: number;
  name: string;
  created: string;
  lastUsed: string | null;
}

/** Stores a personal API token of user `userId` (its hash only); audited. Returns its id. */
export function createApiToken(db: Db, userId: number, name: string, tokenHash: string): number {
  return inTransaction(db, () => {
    const created = new Date().toISOString();
    const id = Number(db.prepare('INSERT INTO api_tokens (token_hash, user_id, name, created) VALUES (?, ?, ?, ?)').run(tokenHash, userId, name, created).lastInsertRowid);
    appendAudit(db, { userId, action: 'create', entity: 'api_token', entityId: id, after: { id, userId, name, created } });
    return id;
  });
}

/** The API tokens of user `userId`, newest first (names and dates, never the tokens). */
export function listApiTokens(db: Db, userId: number): ApiTokenRow[] {
  return (db.prepare('SELECT id, name, created, last_used FROM api_tokens WHERE user_id = ? ORDER BY id DESC').raw().all(userId) as [number, string, string, string | null][])
    .map(([id, name, created, lastUsed]) => ({ id, name, created, lastUsed }));
}

/** Revokes token `tokenId` of user `userId` (not_found when it is not theirs); audited. */
export function revokeApiToken(db: Db, userId: number, tokenId: number): void {
  inTransaction(db, () => {
    const row = db.prepare('SELECT name, created FROM api_tokens WHERE id = ? AND user_id = ?').raw().get(tokenId, userId) as [string, string] | undefined;
    if (!row) throw new UprError('not_found', `no API token ${tokenId} of yours`, { field: 'token', value: String(tokenId) });
    db.prepare('DELETE FROM api_tokens WHERE id = ?').run(tokenId);
    appendAudit(db, { userId, action: 'delete', entity: 'api_token', entityId: tokenId, before: { id: tokenId, userId, name: row[0], created: row[1] } });
  });
}

/** The enabled user owning the API token with this hash (noting its use at most once a minute), or undefined. */
export function apiTokenUser(db: Db, tokenHash: string, now = Date.now()): UserRow | undefined {
  const row = db.prepare('SELECT id, user_id, last_used FROM api_tokens WHERE token_hash = ?').raw().get(tokenHash) as [number, number, string | null] | undefined;
  if (!row) return undefined;
  const user = getUser(db, row[1]);
  if (!user || user.disabled) return undefined;
  const at = new Date(now).toISOString();
  if (!row[2] || Date.parse(row[2]) < now - 60000) db.prepare('UPDATE api_tokens SET last_used = ? WHERE id = ?').run(at, row[0]);
  return user;
}
