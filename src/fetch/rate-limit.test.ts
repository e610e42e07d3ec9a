import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRateLimiter } from './rate-limit.js';

describe('the rate limit', () => {
  it('lets the first request go at once and spaces the next ones 1/rate seconds apart', async () => {
    const limiter = createRateLimiter(20); // one every 50 ms
    const started = Date.now();
    const at: number[] = [];
    for (let i = 0; i < 4; i++) {
      await limiter.wait();
      at.push(Date.now() - started);
    }
    assert.ok(at[0]! < 40, `first at ${at[0]} ms`);
    for (let i = 1; i < at.length; i++) assert.ok(at[i]! - at[i - 1]! >= 45, `gaps ${at.join(', ')} ms`);
  });
});
