// For the server benchmarks: a store of the 21,355 cycle-1 records, `upr serve` on it in its own process,
// and that process's resident memory.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { openStore, importUprInfoRows } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText } from '../src/ingest/index.js';

export const DATA_DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];
/** The CLI run by the server process; UPR_BENCH_MAIN runs another checkout's (to compare before and after). */
const MAIN = resolve(process.env.UPR_BENCH_MAIN ?? 'test/support/upr-main.ts');

/** A temporary folder holding upr.db with the cycle-1 records. */
export function cycleOneStore(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'upr-bench-'));
  const path = join(dir, 'upr.db');
  const db = openStore(path);
  for (const f of FILES) {
    const bytes = readFileSync(join(DATA_DIR, f));
    importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }, parseUprInfoCsv(decodeText(bytes).text, f).value);
  }
  db.close();
  return { dir, db: path };
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** `upr serve` on `db` in a child process; resolves with its URL once it listens. */
export function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolveStart({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`upr serve exited with ${code}`)));
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
