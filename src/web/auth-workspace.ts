// Access rules of signed-in pages and workspace routes: 401 for anonymous requests, 404 for a workspace the
// user is not a member of (its existence is not revealed), 403 for a member whose role is too low.
// Site administrators act as administrators of every workspace.
import type { Context, MiddlewareHandler } from 'hono';
import { roleAtLeast, type Role } from '../accounts/index.js';
import { getWorkspace, membershipRole, type Db, type UserRow } from '../store/index.js';
import { UprError } from '../core/index.js';
import type { AppEnv } from './app-env.js';

/** The signed-in user, or 401 `unauthorized`. */
export function requireUser(c: Context<AppEnv>): UserRow {
  const user = c.get('user');
  if (!user) throw new UprError('unauthorized', 'sign in first (on /login), or send an API token', { field: 'session' });
  return user;
}

/** The signed-in site administrator, or 401 / 403. */
export function requireSiteAdmin(c: Context<AppEnv>): UserRow {
  const user = requireUser(c);
  if (!user.siteAdmin) throw new UprError('forbidden', 'only site administrators may do this', { field: 'role' });
  return user;
}

/**
 * The user's role in workspace `workspaceId` when it is at least `min`; otherwise 401 (anonymous),
 * 404 (not a member, or no such workspace) or 403 (a member with a weaker role).
 */
export function workspaceAccess(db: Db, user: UserRow | null, workspaceId: number, min: Role): { id: number; name: string; role: Role } {
  if (!user) throw new UprError('unauthorized', 'sign in first (on /login), or send an API token', { field: 'session' });
  const ws = Number.isSafeInteger(workspaceId) && workspaceId > 0 ? getWorkspace(db, workspaceId) : undefined;
  const role = ws ? (user.siteAdmin ? 'administrator' : membershipRole(db, ws.id, user.id)) : null;
  if (!ws || !role) throw new UprError('not_found', `no workspace ${String(workspaceId).slice(0, 40)} among yours`, { field: 'workspace', value: String(workspaceId).slice(0, 40) });
  if (!roleAtLeast(role, min)) throw new UprError('forbidden', `this needs the role ${min} or above in ${ws.name}; yours is ${role}`, { field: 'role', value: role });
  return { id: ws.id, name: ws.name, role };
}

/**
 * Middleware for routes with a workspace id in the path (parameter `param`, default `workspace`): checks
 * the user's role is at least `min` and sets c.var.workspace.
 */
export function requireWorkspaceRole(db: Db, min: Role, param = 'workspace'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.param(param) ?? '';
    c.set('workspace', workspaceAccess(db, c.get('user'), /^\d{1,12}$/.test(raw) ? Number(raw) : NaN, min));
    await next();
  };
}
