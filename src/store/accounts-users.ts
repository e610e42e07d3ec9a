// Users (table users): created by an operator or by accepting an invitation, with a password hash made
// by src/accounts. Every change is audited in its own transaction; hashes never reach the audit log.
import { UprError } from '../core/index.js';
import { inTransaction, type Db } from './database.js';
import { appendAudit } from './audit.js';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  created: string;
  disabled: boolean;
  siteAdmin: boolean;
}

/** A user with the stored password hash, for signing in only. */
export interface UserLogin extends UserRow {
  passwordHash: string | null;
}

const COLUMNS = 'id, email, name, created, disabled, site_admin, password_hash';
type Raw = [number, string, string, string, number, number, string | null];
const toLogin = ([id, email, name, created, disabled, admin, hash]: Raw): UserLogin => ({ id, email, name, created, disabled: disabled === 1, siteAdmin: admin === 1, passwordHash: hash });
const publicRow = (u: UserLogin): UserRow => ({ id: u.id, email: u.email, name: u.name, created: u.created, disabled: u.disabled, siteAdmin: u.siteAdmin });

/** The user with this id, or undefined. */
export function getUser(db: Db, id: number): UserRow | undefined {
  const raw = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).raw().get(id) as Raw | undefined;
  return raw && publicRow(toLogin(raw));
}

/** The user with this e-mail address (any case) and their password hash, or undefined. */
export function findUserLogin(db: Db, email: string): UserLogin | undefined {
  const raw = db.prepare(`SELECT ${COLUMNS} FROM users WHERE email = ?`).raw().get(email) as Raw | undefined;
  return raw && toLogin(raw);
}

/** The stored password hash of user `id` (null when they have none yet). */
export function passwordHashOf(db: Db, id: number): string | null {
  return (db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
}

/** Every user, by e-mail address. */
export function listUsers(db: Db): UserRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY email`).raw().all() as Raw[]).map((r) => publicRow(toLogin(r)));
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string | null;
  siteAdmin?: boolean;
}

/** Creates a user (conflict when the e-mail address is taken); audited as done by `actor`. Joins an open transaction. */
export function createUser(db: Db, actor: number | null, u: NewUser): UserRow {
  return inTransaction(db, () => {
    if (findUserLogin(db, u.email)) throw new UprError('conflict', `a user with the e-mail address ${u.email} already exists`, { field: 'email', value: u.email });
    const created = new Date().toISOString();
    const id = Number(db.prepare('INSERT INTO users (email, name, password_hash, created, site_admin) VALUES (?, ?, ?, ?, ?)')
      .run(u.email, u.name, u.passwordHash, created, u.siteAdmin ? 1 : 0).lastInsertRowid);
    const row = getUser(db, id)!;
    appendAudit(db, { userId: actor ?? id, action: 'create', entity: 'user', entityId: id, after: row });
    return row;
  });
}

/** Replaces the password hash of user `id` and ends their sessions elsewhere (all but `keepSession`). */
export function setPasswordHash(db: Db, actor: number | null, id: number, hash: string, keepSessionHash?: string): void {
  inTransaction(db, () => {
    const before = getUser(db, id);
    if (!before) throw new UprError('not_found', `no user with id ${id}`, { field: 'user', value: String(id) });
    db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, id);
    db.prepare('DELETE FROM user_sessions WHERE user_id = ? AND id_hash IS NOT ?').run(id, keepSessionHash ?? null);
    appendAudit(db, { userId: actor, action: 'change-password', entity: 'user', entityId: id, before: { passwordChanged: false }, after: { passwordChanged: true } });
  });
}

/** Changes name, disabled or site-administrator flags of user `id`; a disabled user loses their sessions. */
export function updateUser(db: Db, actor: number | null, id: number, change: Partial<Pick<UserRow, 'name' | 'disabled' | 'siteAdmin'>>): UserRow {
  return inTransaction(db, () => {
    const before = getUser(db, id);
    if (!before) throw new UprError('not_found', `no user with id ${id}`, { field: 'user', value: String(id) });
    const after = { ...before, ...change };
    db.prepare('UPDATE users SET name = ?, disabled = ?, site_admin = ? WHERE id = ?').run(after.name, after.disabled ? 1 : 0, after.siteAdmin ? 1 : 0, id);
    if (after.disabled) db.prepare('DELETE FROM user_sessions WHERE user_id = ?').run(id);
    appendAudit(db, { userId: actor, action: 'update', entity: 'user', entityId: id, before, after });
    return after;
  });
}
