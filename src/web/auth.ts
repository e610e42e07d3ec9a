// Who is asking: the session cookie or an `Authorization: Bearer` API token sets c.var.user; every
// POST/PUT/PATCH/DELETE from a cookie session must carry its CSRF token, and no unsafe request may come
// from another site's page (Origin check). API-token requests are exempt from CSRF: browsers never add them.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrfToken, hashToken, randomToken, readSignedSession, sameText, signedSessionValue } from '../accounts/index.js';
import { apiTokenUser, createSession, deleteSession, findSession } from '../store/index.js';
import { UprError } from '../core/index.js';
import type { AppEnv, AuthDeps } from './app-env.js';
import { formTextField } from './auth-form.js';

/** How long a session lasts without signing in again. */
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The session cookie's name: `__Host-` prefixed (bound to this host, https only) when cookies are Secure. */
export function sessionCookieName(auth: AuthDeps): string {
  return auth.secureCookies ? '__Host-upr_session' : 'upr_session';
}

/** Middleware: reads the session or API token, then enforces the Origin check and CSRF on unsafe methods. */
export function authenticate(auth: AuthDeps, baseUrl: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    const authorization = c.req.header('authorization');
    // Other schemes (Basic, from a password-protected reverse proxy) are not ours: ignored.
    if (authorization !== undefined && /^bearer\b/i.test(authorization)) {
      const m = /^Bearer\s+([A-Za-z0-9_-]{20,100})\s*$/i.exec(authorization);
      if (!m) throw new UprError('unauthorized', 'the Authorization header must be "Bearer <API token>" (create tokens on /account)', { field: 'authorization' });
      const user = apiTokenUser(auth.writeDb, hashToken(m[1]!));
      if (!user) throw new UprError('unauthorized', 'this API token is unknown or was revoked', { field: 'authorization' });
      c.set('user', user);
    } else {
      const id = readSignedSession(auth.secret, getCookie(c, sessionCookieName(auth)));
      const idHash = id ? hashToken(id) : '';
      const s = id ? findSession(auth.writeDb, idHash) : undefined;
      if (s) {
        c.set('user', s.user);
        c.set('session', { idHash, csrf: csrfToken(auth.secret, s.csrfSecret) });
      }
    }
    if (UNSAFE.has(c.req.method)) {
      checkOrigin(c, baseUrl);
      const session = c.get('session');
      if (session) await checkCsrf(c, session.csrf);
    }
    await next();
  };
}

/** Refuses an unsafe request whose Origin is another site (with --base-url: other than its origin). */
function checkOrigin(c: Context<AppEnv>, baseUrl: string): void {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null' && !c.get('session')) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new UprError('forbidden', 'the request comes from an unreadable Origin', { field: 'origin', value: origin.slice(0, 100) });
  }
  const ok = baseUrl ? origin === new URL(baseUrl).origin : host === new URL(c.req.url).host;
  if (!ok) throw new UprError('forbidden', `requests from another site (${origin.slice(0, 100)}) are refused`, { field: 'origin' });
}

async function checkCsrf(c: Context<AppEnv>, expected: string): Promise<void> {
  let sent = c.req.header('x-csrf-token');
  const type = c.req.header('content-type') ?? '';
  if (sent === undefined && /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    // Each route holds its form to its own size limit (the follow-up forms take long texts and uploads).
    sent = await formTextField(c, '_csrf');
  }
  if (!sent) throw new UprError('forbidden', 'the CSRF token is missing: send the form again from its page (or the x-csrf-token header)', { field: '_csrf' });
  if (!sameText(sent, expected)) throw new UprError('forbidden', 'the CSRF token is wrong or from an ended session: reload the page and send the form again', { field: '_csrf' });
}

/** Starts a session for `userId` (ending `previous`), sets its cookie and returns its CSRF token. */
export function startSession(c: Context<AppEnv>, auth: AuthDeps, userId: number): string {
  const previous = c.get('session');
  if (previous) deleteSession(auth.writeDb, previous.idHash);
  const id = randomToken();
  const csrfSecret = randomToken();
  createSession(auth.writeDb, hashToken(id), userId, csrfSecret, SESSION_TTL_MS);
  setCookie(c, sessionCookieName(auth), signedSessionValue(auth.secret, id), {
    path: '/', httpOnly: true, sameSite: 'Lax', secure: auth.secureCookies, maxAge: SESSION_TTL_MS / 1000,
  });
  return csrfToken(auth.secret, csrfSecret);
}

/** Ends the current session (if any) and clears its cookie. */
export function endSession(c: Context<AppEnv>, auth: AuthDeps): void {
  const session = c.get('session');
  if (session) deleteSession(auth.writeDb, session.idHash);
  deleteCookie(c, sessionCookieName(auth), { path: '/', secure: auth.secureCookies, httpOnly: true, sameSite: 'Lax' });
}
