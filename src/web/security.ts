// Security of every web response: headers (Content-Security-Policy without inline script unless hashed,
// nosniff, referrer policy, no framing) and 405 for methods the application does not offer.
import { createHash } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { INLINE_SCRIPTS } from './security-inline.js';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of every response. Scripts run only from this origin or when their exact text
 * is hashed here (the one inline enhancement of the search page); no plugins, no framing, forms post only
 * here. Styles may be inline: every page carries its one stylesheet and Observable Plot writes presentation
 * styles into its SVG charts; CSS cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${INLINE_SCRIPTS.map(sha256).join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
});

/** Middleware adding the security headers to every response, errors and exports included. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/** Methods every route answers (Hono answers HEAD with the GET handler). */
export const ALLOWED_METHODS = 'GET, HEAD';

/**
 * After every GET route is registered: the same paths answer any other method with 405 and an Allow header
 * (a path that does not exist stays 404). Call last, before the not-found handler.
 */
export function rejectOtherMethods(app: Hono<AppEnv>): void {
  const paths = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))];
  for (const path of paths) app.on(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], path, methodNotAllowed);
}

function methodNotAllowed(c: Context<AppEnv>): Response {
  c.header('allow', ALLOWED_METHODS);
  const message = `${c.req.method} is not allowed on ${c.req.path} (allowed: ${ALLOWED_METHODS})`;
  if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'method_not_allowed', message, details: { method: c.req.method } } }, 405);
  return c.text(message, 405);
}
