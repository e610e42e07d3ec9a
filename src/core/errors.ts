// The one error type of the project: a code plus structured details (file, line, field...).
// The CLI and the web server each translate it in one place (exit code / HTTP status and message).

/**
 * `over_budget`: a search over its time budget, or a server already running its most exports (HTTP 503).
 * `unauthorized`: signing in is needed (401); `forbidden`: signed in without the right (403); `too_large`: a
 * request body over its limit (413); `rate_limited`: too many attempts, `details.retryAfter` seconds (429).
 */
export type ErrorCode = 'invalid_input' | 'unsupported_format' | 'parse_failed' | 'not_found' | 'conflict' | 'over_budget'
  | 'unauthorized' | 'forbidden' | 'too_large' | 'rate_limited';

export interface ErrorDetails {
  file?: string;
  line?: number;
  page?: number;
  field?: string;
  value?: string;
  [key: string]: unknown;
}

export class UprError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'UprError';
    this.code = code;
    this.details = details;
  }
}

/** Prefixes a message with where it happened: `file:line: field "value": message`. */
export function describeError(err: unknown): string {
  if (!(err instanceof UprError)) return err instanceof Error ? err.message : String(err);
  const { file, line, page, field } = err.details;
  const where = [file, line !== undefined ? `line ${line}` : '', page !== undefined ? `page ${page}` : '']
    .filter(Boolean)
    .join(', ');
  const what = field ? `field ${field}: ` : '';
  return `${where ? where + ': ' : ''}${what}${err.message}`;
}
