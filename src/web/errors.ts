// The one place where errors become HTTP responses: UprError codes map to statuses; JSON for the
// API, an HTML page (in the interface language) for everything else.
import type { Context } from 'hono';
import { UprError, type ErrorCode } from '../core/index.js';

export const HTTP_STATUS: Record<ErrorCode, 400 | 404 | 409 | 415 | 422 | 503> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unsupported_format: 415,
  parse_failed: 422,
  over_budget: 503,
};

export interface HttpError {
  status: 400 | 404 | 409 | 415 | 422 | 503 | 500;
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
