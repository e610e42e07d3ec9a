// The exit codes of `upr`, declared once: main.ts translates errors with them, commands return them.
import type { ErrorCode } from '../core/index.js';

/**
 * Exit codes, the CLI's one translation of errors. 1 also ends a command that finished but found problems
 * (rejected rows, unresolved names); documented in README.md.
 */
export const EXIT_CODES = {
  ok: 0,
  invalid_input: 1,
  usage: 2,
  not_found: 3,
  unsupported_format: 4,
  parse_failed: 4,
  conflict: 5,
  /** A search over its time budget (--search-budget). */
  over_budget: 7,
  /** Web-only refusals (sign-in needed, no right, body too large, too many attempts). */
  unauthorized: 1,
  forbidden: 1,
  too_large: 1,
  rate_limited: 1,
  internal: 70,
  /** Everything was stored, but some documents failed a structural self-check (`upr check` lists them). */
  needs_review: 6,
} as const satisfies Record<ErrorCode | 'ok' | 'usage' | 'internal' | 'needs_review', number>;
