// Fault test: `upr import upr-info` and `upr ingest` killed (SIGKILL) at points spread over a run. After each kill the store must pass
// SQLite's integrity check and the FTS5 integrity checks, and each file must be stored whole or not at all.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { tempDir } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';
import { decodeText } from '../src/ingest/index.js';

const KILLS = 20;
const PARALLEL = 5;
/** `upr import` / `upr ingest` loading only that command: a third of the CLI's start-up, for 30 processes. */
const COMMAND = fileURLToPath(new URL('./support/upr-command.ts', import.meta.url));

/** Kill point `i` of `n`, evenly spread over `spread` times a whole run (parallel runs are slower; some finish). */
const killAfterMs = (i: number, n: number, fullMs: number, spread: number) => ((i + 0.5) / n) * fullMs * spread;

/** The first `n` records of a real UPR Info export, written back as CSV (every field quoted). */
function realSlice(source: string, n: number): string {
  const records = parse(decodeText(readFileSync(source)).text, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true }) as string[][];
  return records.slice(0, n + 1).map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
}

interface StoreState {
  integrity: string;
  ftsOk: boolean;
  perFile: Record<string, number>;
}

function inspect(path: string): StoreState {
  const db = new Database(path);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    let ftsOk = true;
    for (const t of ['recommendations_fts', 'pledges_fts']) {
      try {
        db.prepare(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`).run();
      } catch {
        ftsOk = false;
      }
    }
    const rows = db.prepare(`SELECT s.file_name AS f,
        (SELECT count(*) FROM recommendations r WHERE r.source_id = s.id) + (SELECT count(*) FROM pledges p WHERE p.source_id = s.id) AS n
      FROM sources s`).all() as { f: string; n: number }[];
    return { integrity, ftsOk, perFile: Object.fromEntries(rows.map((r) => [r.f, r.n])) };
  } finally {
    db.close();
  }
}

/** `upr ARGS` in a child; `ready` resolves once the process has loaded, before it opens the store. */
function startUpr(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', COMMAND, ...args], { env: { ...process.env, UPR_TEST_READY: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.startsWith('ready')) onReady();
  });
  const closed = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('close', (code, signal) => {
    onReady();
    resolve({ code, signal, stderr });
  }));
  return { child, ready, closed };
}

/** A whole run; `ms` counts from the process being loaded to its end (the window the kills aim at). */
async function timedRun(args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const { ready, closed } = startUpr(args);
  await ready;
  const started = Date.now();
  const r = await closed;
  return { ...r, ms: Date.now() - started };
}

describe('import killed at points spread over a run', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it(`leaves a sound store with each file whole or absent after ${KILLS} SIGKILLs`, async (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const files = [join(tmp.dir, 'sessions-13-16-first-1000.csv'), join(tmp.dir, 'upr-info-voluntary-pledges.csv')];
    writeFileSync(files[0]!, realSlice(join(dir, 'upr-info-sessions-13-16.csv'), 1000));
    copyFileSync(join(dir, 'upr-info-voluntary-pledges.csv'), files[1]!);
    const base = join(tmp.dir, 'base.db');
    openStore(base).close();

    // One run to the end: what a whole file stores, and how long an import takes once the process is loaded.
    const whole = join(tmp.dir, 'whole.db');
    copyFileSync(base, whole);
    const full = await timedRun(['import', 'upr-info', ...files, '--db', whole]);
    const fullMs = full.ms;
    assert.equal(full.code, 0, full.stderr);
    const expected = inspect(whole).perFile;
    assert.deepEqual(Object.keys(expected).sort(), ['sessions-13-16-first-1000.csv', 'upr-info-voluntary-pledges.csv']);

    const outcomes: string[] = [];
    const killOne = async (i: number) => {
      const store = join(tmp.dir, `killed-${i}.db`);
      copyFileSync(base, store);
      const { child, ready, closed } = startUpr(['import', 'upr-info', ...files, '--db', store]);
      await ready;
      await new Promise((r) => setTimeout(r, killAfterMs(i, KILLS, fullMs, 2)));
      child.kill('SIGKILL');
      const signal = (await closed).signal;
      const state = inspect(store);
      assert.equal(state.integrity, 'ok', `kill ${i}`);
      assert.ok(state.ftsOk, `kill ${i}: FTS5 integrity-check`);
      for (const [file, n] of Object.entries(state.perFile)) assert.equal(n, expected[file], `kill ${i}: ${file} stored in part (${n} of ${expected[file]})`);
      outcomes.push(`${signal === 'SIGKILL' ? 'killed' : 'finished'} with ${Object.keys(state.perFile).length} file(s) stored`);
      openStore(store).close(); // and it opens again for the next import
    };
    for (let i = 0; i < KILLS; i += PARALLEL) await Promise.all(Array.from({ length: Math.min(PARALLEL, KILLS - i) }, (_, j) => killOne(i + j)));
    const tally = outcomes.reduce<Record<string, number>>((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {});
    t.diagnostic(`${KILLS} kills over ${fullMs} ms imports: ${JSON.stringify(tally)}`);
    assert.equal(outcomes.length, KILLS);
  });
});

/** Per ingested file: its document, paragraphs and recommendations read from it (all or nothing). */
function documentCounts(path: string): Record<string, string> {
  const db = new Database(path);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    assert.equal(integrity, 'ok');
    for (const t of ['recommendations_fts', 'document_paragraphs_fts']) db.prepare(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`).run();
    const rows = db.prepare(`SELECT s.file_name AS f, count(DISTINCT d.id) AS docs,
        (SELECT count(*) FROM document_paragraphs p JOIN documents d2 ON d2.id = p.document_id WHERE d2.source_id = s.id) AS paragraphs,
        (SELECT count(*) FROM recommendations r WHERE r.source_id = s.id) AS recs
      FROM sources s LEFT JOIN documents d ON d.source_id = s.id GROUP BY s.id`).all() as { f: string; docs: number; paragraphs: number; recs: number }[];
    return Object.fromEntries(rows.map((r) => [r.f, `${r.docs} document, ${r.paragraphs} paragraphs, ${r.recs} recommendations`]));
  } finally {
    db.close();
  }
}

describe('ingest killed at points spread over a run', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('leaves a sound store with each PDF whole or absent after 10 SIGKILLs', async (t) => {
    const dir = sharedPath(t, 'wg-reports');
    if (!dir) return;
    const pdfs = ['andorra2011.pdf', 'albania2010.pdf'].map((f) => join(dir, f));
    const base = join(tmp.dir, 'base.db');
    openStore(base).close();
    const whole = join(tmp.dir, 'whole.db');
    copyFileSync(base, whole);
    const full = await timedRun(['ingest', ...pdfs, '--db', whole]);
    assert.equal(full.code, 0, full.stderr);
    const expected = documentCounts(whole);
    assert.equal(Object.keys(expected).length, 2);
    let partial = 0;
    for (let i = 0; i < 10; i += 5) {
      await Promise.all(Array.from({ length: 5 }, async (_, j) => {
        const store = join(tmp.dir, `killed-${i + j}.db`);
        copyFileSync(base, store);
        const { child, ready, closed } = startUpr(['ingest', ...pdfs, '--db', store]);
        await ready;
        await new Promise((r) => setTimeout(r, killAfterMs(i + j, 10, full.ms, 2)));
        child.kill('SIGKILL');
        await closed;
        const got = documentCounts(store);
        for (const [file, counts] of Object.entries(got)) assert.equal(counts, expected[file], `kill ${i + j}: ${file}`);
        if (Object.keys(got).length === 1) partial++;
      }));
    }
    t.diagnostic(`10 ingest kills over ${full.ms} ms runs; ${partial} left one of the two PDFs stored`);
  });
});
