// Accounts for HTTP tests: creates an organisation, a workspace and a user with a role, signs the user in
// through POST /login like a browser, and returns the session cookie and CSRF token to send with writes.
// Hashes use cheap scrypt parameters (the stored hash carries them), so tests stay fast.
import type { Hono } from 'hono';
import { hashPassword, hashToken, randomToken, type Role } from '../../src/accounts/index.js';
import {
  createApiToken, createUser, createWorkspace, findUserLogin, getUser, findWorkspace, setMembership, type Db, type UserRow, type WorkspaceRow,
} from '../../src/store/index.js';
import type { AppEnv } from '../../src/web/app-env.js';

/** The password every test user gets. */
export const TEST_PASSWORD = 'correct horse battery staple';
/** Cheap scrypt parameters for test users only. */
export const TEST_SCRYPT = Object.freeze({ N: 1024, r: 8, p: 1 });

export interface Member {
  user: UserRow;
  workspace: WorkspaceRow;
}

export interface MemberOptions {
  email?: string;
  name?: string;
  /** Role in the workspace (default editor); null: no membership. */
  role?: Role | null;
  /** Workspace name (created when new; default "Test workspace"). */
  workspace?: string;
  /** Organisations of a new workspace (several: a coalition); default "Test organisation". */
  organisations?: string[];
  siteAdmin?: boolean;
}

/** Creates (or reuses) the user and workspace and gives the role; no session. */
export async function createMember(db: Db, o: MemberOptions = {}): Promise<Member> {
  const email = o.email ?? `user-${randomToken().slice(0, 8).toLowerCase()}@example.org`;
  const existing = findUserLogin(db, email);
  const user = existing ? getUser(db, existing.id)! : createUser(db, null, { email, name: o.name ?? email.split('@')[0]!, passwordHash: await hashPassword(TEST_PASSWORD, TEST_SCRYPT), siteAdmin: o.siteAdmin ?? false });
  const wsName = o.workspace ?? 'Test workspace';
  const workspace = findWorkspace(db, wsName) ?? createWorkspace(db, null, wsName, o.organisations ?? ['Test organisation']);
  const role = o.role === undefined ? 'editor' : o.role;
  if (role) setMembership(db, null, workspace.id, user.id, role);
  return { user, workspace: findWorkspace(db, wsName)! };
}

export interface SignedIn extends Member {
  /** The Cookie header value of the session. */
  cookie: string;
  /** The session's CSRF token (form field `_csrf` or header `x-csrf-token`). */
  csrf: string;
  /** Headers of a signed-in write: cookie plus x-csrf-token (plus `extra`). */
  headers(extra?: Record<string, string>): Record<string, string>;
}

/** Signs `email` in through POST /login and reads the CSRF token from /account. */
export async function signIn(app: Hono<AppEnv>, email: string, password = TEST_PASSWORD): Promise<{ cookie: string; csrf: string }> {
  const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ email, password, next: '/account' }) });
  if (res.status !== 303) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await app.request('/account', { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token on /account');
  return { cookie, csrf };
}

/** Creates the member (see createMember) and signs them in; `db` must be the app's read-write handle. */
export async function signedInMember(app: Hono<AppEnv>, db: Db, o: MemberOptions = {}): Promise<SignedIn> {
  const member = await createMember(db, o);
  const { cookie, csrf } = await signIn(app, member.user.email);
  return { ...member, cookie, csrf, headers: (extra = {}) => ({ cookie, 'x-csrf-token': csrf, ...extra }) };
}

/** A personal API token of user `userId` (send as `Authorization: Bearer <token>`). */
export function apiTokenFor(db: Db, userId: number, name = 'test script'): string {
  const token = randomToken();
  createApiToken(db, userId, name, hashToken(token));
  return token;
}
