// Runs the `upr` CLI in-process with captured output and a temporary store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function upr(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => void (stdout += t), isTTY: false, columns: 200 },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    env,
  });
  return { code, stdout, stderr };
}

/** A fresh folder for a test's store and files; remove it with `cleanup()`. */
export function tempDir(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'upr-test-'));
  return { dir, db: join(dir, 'upr.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
