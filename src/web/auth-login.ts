// Sign-in checks: the password (timed the same whether or not the account exists) and the rate limits per
// account and per client address. The client address is the socket's, or with a trusted reverse proxy the
// last X-Forwarded-For entry (the one the proxy added; earlier entries can be forged by the client).
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { FailureLimiter, SCRYPT_PARAMS, verifyPassword } from '../accounts/index.js';
import { findUserLogin, type Db, type UserRow } from '../store/index.js';
import { UprError } from '../core/index.js';
import type { AppEnv } from './app-env.js';

/** Failed sign-ins allowed in 15 minutes: per account, and per client address. */
export const LOGIN_LIMITS = Object.freeze({ perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 });

// A well-formed hash no password matches: unknown accounts cost the same scrypt work as known ones.
const DUMMY_HASH = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$${'A'.repeat(22)}$${'A'.repeat(43)}`;

export interface LoginGuard {
  /** The enabled user with this e-mail address and password, or null (the failure is counted). */
  check(c: Context<AppEnv>, email: string, password: string): Promise<UserRow | null>;
}

/** The sign-in check of one server, with its own failure counts. */
export function loginGuard(db: Db, trustProxy: boolean): LoginGuard {
  const perAccount = new FailureLimiter({ max: LOGIN_LIMITS.perAccount, windowMs: LOGIN_LIMITS.windowMs });
  const perAddress = new FailureLimiter({ max: LOGIN_LIMITS.perAddress, windowMs: LOGIN_LIMITS.windowMs });
  return {
    async check(c, email, password) {
      const now = Date.now();
      const accountKey = email.toLowerCase();
      const addressKey = clientAddress(c, trustProxy);
      const wait = Math.max(perAccount.retryAfter(accountKey, now), perAddress.retryAfter(addressKey, now));
      if (wait > 0) throw new UprError('rate_limited', `too many failed sign-ins: try again in ${wait} seconds`, { retryAfter: wait, field: 'email' });
      const login = findUserLogin(db, accountKey);
      const matches = await verifyPassword(password, login?.passwordHash ?? DUMMY_HASH);
      if (!login || !matches || login.disabled) {
        perAccount.fail(accountKey, now);
        perAddress.fail(addressKey, now);
        return null;
      }
      perAccount.clear(accountKey);
      const { passwordHash: _hash, ...user } = login;
      return user;
    },
  };
}

/** The client's address: the socket's, or the last X-Forwarded-For entry when the proxy is trusted. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const last = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
