// The one place where errors become HTTP responses: UprError codes map to statuses; JSON for the
// API, an HTML page (in the interface language) for everything else.
import type { Context } from 'hono';
import { UprError, type ErrorCode } from '../core/index.js';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export const HTTP_STATUS: Record<ErrorCode, ErrorStatus> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unsupported_format: 415,
  parse_failed: 422,
  over_budget: 503,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  rate_limited: 429,
};

export interface HttpError {
  status: ErrorStatus | 500;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** Translates any thrown value into status, code, message and details. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof UprError) return { status: HTTP_STATUS[err.code], code: err.code, message: err.message, details: err.details };
  return { status: 500, code: 'internal', message: 'internal error', details: {} };
}

/** True when the request asks for JSON (the API). */
export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/');
}
