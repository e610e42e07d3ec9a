// The exit codes of `upr`, declared once: main.ts translates errors with them, commands return them.
export const EXIT_CODES = {
  ok: 0,
  /** An error (bad input, unreadable file, a document that could not be stored). */
  failed: 1,
  /** Wrong usage: unknown command or option, missing argument. */
  usage: 2,
  /** Everything was stored, but some documents failed a structural self-check (`upr check` lists them). */
  needsReview: 3,
} as const;
