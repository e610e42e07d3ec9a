// Random tokens (session ids, invitation and API tokens, CSRF secrets), their stored hashes, and values
// signed with the server's secret (session cookies, CSRF tokens). Pure: the secret is passed in.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable token: 32 random bytes in base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, as stored (a stolen store gives no usable session, invitation or API token). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** HMAC-SHA-256 of `value` under `secret`, base64url. */
export function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('base64url');
}

/** Compares two strings in constant time (for their length). */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The cookie value of a session: the id and its signature, so a forged cookie is refused before any lookup. */
export function signedSessionValue(secret: string, sessionId: string): string {
  return `${sessionId}.${sign(secret, `session:${sessionId}`)}`;
}

/** The session id inside a signed cookie value, or null when the signature does not match. */
export function readSignedSession(secret: string, value: string | undefined): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  return sameText(value.slice(dot + 1), sign(secret, `session:${id}`)) ? id : null;
}

/** The CSRF token of a session: derived from its stored CSRF secret with the server secret. */
export function csrfToken(secret: string, csrfSecret: string): string {
  return sign(secret, `csrf:${csrfSecret}`);
}

/** Checks a server secret: at least 32 characters, so signatures cannot be guessed. */
export function secretProblem(secret: string): string | null {
  return secret.trim().length >= 32 ? null : `must have at least 32 characters (e.g. the output of \`openssl rand -base64 32\`), got ${secret.trim().length}`;
}
