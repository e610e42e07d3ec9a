// One `upr update` at a time on a store: a lock file beside it, created exclusively (O_EXCL) and holding
// the PID of its owner. A lock whose process is gone (killed, machine restarted) is stale and taken over.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { UprError } from '../core/index.js';

export interface LockOptions {
  /** Wait for the other run to finish instead of failing. */
  wait?: boolean;
  pollMs?: number;
  /** Called once when waiting starts, with the PID holding the lock. */
  onWait?: (pid: number) => void;
}

/** Takes the lock at `path`; resolves with the function that releases it. Throws `conflict` when held and not waiting. */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => void> {
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (holder(path) === process.pid) unlinkSync(path);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = holder(path);
    if (pid === null || !alive(pid)) {
      try {
        unlinkSync(path); // stale: its process is gone
      } catch {
        // another run removed it first
      }
      continue;
    }
    if (!options.wait) {
      throw new UprError('conflict', `another update (process ${pid}) is running on this store; wait for it, or pass --wait to queue behind it (lock file ${path})`, { file: path });
    }
    if (!told) options.onWait?.(pid);
    told = true;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
  }
}

function holder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
