import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock } from './update-lock.js';

describe('the update lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upr-lock-'));
  const lock = join(dir, 'upr.db.lock');

  it('is created with the PID, refused to a second taker, and removed on release', async () => {
    const release = await acquireLock(lock);
    assert.equal(readFileSync(lock, 'utf8'), `${process.pid}\n`);
    await assert.rejects(acquireLock(lock), (err: Error) => err.message.includes(`another update (process ${process.pid}) is running on this store`));
    release();
    assert.ok(!existsSync(lock));
  });

  it('takes over a lock whose process is gone, or that holds no PID', async () => {
    for (const stale of ['2147483646\n', 'garbage']) {
      writeFileSync(lock, stale);
      const release = await acquireLock(lock);
      assert.equal(readFileSync(lock, 'utf8'), `${process.pid}\n`);
      release();
    }
  });

  it('waits with --wait until the other run lets go', async () => {
    writeFileSync(lock, `${process.pid}\n`);
    const waited: number[] = [];
    setTimeout(() => unlinkSync(lock), 150);
    const release = await acquireLock(lock, { wait: true, pollMs: 20, onWait: (pid) => waited.push(pid) });
    assert.deepEqual(waited, [process.pid]);
    assert.equal(readFileSync(lock, 'utf8'), `${process.pid}\n`);
    release();
    rmSync(dir, { recursive: true, force: true });
  });
});
