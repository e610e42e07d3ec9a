// Login rate limiting: a fixed number of failures per key (an account, a client address) within a window,
// then refusal until the oldest failure leaves the window. One instance per server; the clock is passed in.

export interface LimitOptions {
  /** Failures allowed within the window. */
  max: number;
  /** Window in milliseconds. */
  windowMs: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly opts: LimitOptions) {}

  /** Seconds until `key` may try again (0: it may try now). */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.opts.max) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.opts.windowMs - now) / 1000));
  }

  /** Records a failed attempt by `key`. */
  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    if (this.failures.size > 100000) this.prune(now);
  }

  /** Forgets the failures of `key` (after a successful sign-in). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.opts.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) if (times.every((t) => t <= now - this.opts.windowMs)) this.failures.delete(key);
  }
}
