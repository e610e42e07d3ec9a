// Types shared by the app and its routes: per-request variables and the app's dependencies.
import type { Locale } from '../core/index.js';
import type { Db, UserRow } from '../store/index.js';
import type { Role } from '../accounts/index.js';

/** The signed-in user's cookie session: its id hash (to end it) and the CSRF token forms must carry. */
export interface WebSession {
  idHash: string;
  csrf: string;
}

export interface AppEnv {
  Variables: {
    loc: Locale;
    /** The signed-in user (cookie session or API token), or null for anonymous readers. */
    user: UserRow | null;
    /** The cookie session, or null (anonymous, or signed in with an API token). */
    session: WebSession | null;
    /** Set by requireWorkspaceRole: the workspace of the route and the user's role in it. */
    workspace: { id: number; name: string; role: Role };
  };
}

/** Accounts settings: the read-write store handle, the signing secret, cookies and client addresses. */
export interface AuthDeps {
  /** Read-write handle on the store, used only by account and workspace code (the public pages read `db`). */
  writeDb: Db;
  /** Signs session cookies and CSRF tokens (UPR_SECRET or UPR_SECRET_FILE; random per process otherwise). */
  secret: string;
  /** Cookies marked Secure with the __Host- prefix (the base URL is https). */
  secureCookies: boolean;
  /** Client address from the last X-Forwarded-For entry (behind a trusted reverse proxy). */
  trustProxy: boolean;
}

export interface AppDeps {
  /** Today's date (YYYY-MM-DD), for the next scheduled review. */
  today(): string;
  /** Public base URL without trailing slash for absolute links, or '' for relative links. */
  baseUrl: string;
  auth: AuthDeps;
}
