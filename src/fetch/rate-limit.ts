// At most N requests a second to the document server, shared by every request of a run.

export interface RateLimiter {
  /** Resolves when the next request may start. */
  wait(): Promise<void>;
}

/** Spaces request starts at least 1/`perSecond` seconds apart, measured from when each really started (the first starts at once). */
export function createRateLimiter(perSecond: number): RateLimiter {
  const interval = perSecond > 0 ? 1000 / perSecond : 0;
  let next = 0;
  return {
    async wait() {
      const now = Date.now();
      const start = Math.max(now, next);
      next = start + interval;
      if (start > now) await new Promise((r) => setTimeout(r, start - now));
      // a timer that fired late must not shorten the next gap
      next = Math.max(next, Date.now() + interval);
    },
  };
}
