// CLI and store faults a user meets: each gives one clear line, no stack trace, and its own exit code.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { upr, tempDir } from './support/cli.js';
import { runUpr, spawnUpr } from './support/upr-process.js';
import { EXIT_CODES } from '../src/cli/main.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const csv = (n: number, text: (i: number) => string) => `${HEADER}\n${Array.from({ length: n }, (_, i) => `Chad,Africa,AU,"${text(i)}",France,WEOG,EU,Accepted,5,Rights of the Child,5`).join('\n')}\n`;

/** One line on stderr, naming what went wrong, and no stack trace. */
function oneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line expected, got:\n${stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /\n\s+at |\.ts:\d+:\d+|node:internal/);
}

describe('CLI and store faults', () => {
  const tmp = tempDir();
  const store = join(tmp.dir, 'store.db');
  const data = join(tmp.dir, 'data.csv');
  before(async () => {
    writeFileSync(data, csv(3000, (i) => `Protect children from child labour, measure ${i}, in every region of the country.`));
    assert.equal((await upr(['import', 'upr-info', data, '--db', store])).code, 0);
  });
  after(tmp.cleanup);

  it('rejects an invalid --port or UPR_PORT as a usage error naming the flag or variable', async () => {
    const flag = await upr(['serve', '--port', 'abc', '--db', store]);
    assert.equal(flag.code, EXIT_CODES.usage);
    oneClearLine(flag.stderr, /field --port: must be a port number 0-65535, got "abc"/);
    const env = await upr(['serve', '--db', store], { UPR_PORT: '99999' });
    assert.equal(env.code, EXIT_CODES.usage);
    oneClearLine(env.stderr, /field UPR_PORT: must be a port number 0-65535, got "99999"/);
  });

  it('reports a port in use in one line', async () => {
    const busy: Server = await new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => resolve(s)); });
    try {
      const port = (busy.address() as { port: number }).port;
      const r = await upr(['serve', '--port', String(port), '--db', store]);
      assert.equal(r.code, EXIT_CODES.conflict);
      oneClearLine(r.stderr, new RegExp(`127\\.0\\.0\\.1:${port}: the port is already in use`));
    } finally {
      busy.close();
    }
  });

  it('never creates a store from a read command: a mistyped --db is an error naming the path', async () => {
    const typo = join(tmp.dir, 'stroe.db');
    for (const args of [['search', 'child'], ['stats'], ['export', 'recommendations', '--format', 'csv'], ['report', 'SVN', '--cycle', '1', '--format', 'md'], ['serve', '--port', '0']]) {
      const r = await upr([...args, '--db', typo]);
      assert.equal(r.code, EXIT_CODES.not_found, args[0]);
      oneClearLine(r.stderr, /stroe\.db: no store at this path: read commands never create one/);
      assert.equal(existsSync(typo), false, `${args[0]} created ${typo}`);
    }
  });

  it('explains a --db in a missing folder, a text file and random bytes, with distinct exit codes', async () => {
    const missingDir = await upr(['import', 'upr-info', data, '--db', join(tmp.dir, 'no-such-folder', 'upr.db')]);
    assert.equal(missingDir.code, EXIT_CODES.not_found);
    oneClearLine(missingDir.stderr, /the folder .*no-such-folder does not exist/);
    const text = join(tmp.dir, 'notes.txt');
    writeFileSync(text, 'Shopping list: bread, tea.\n'.repeat(200));
    const random = join(tmp.dir, 'random.bin');
    writeFileSync(random, randomBytes(8192));
    for (const file of [text, random]) {
      const before = readFileSync(file);
      for (const args of [['stats'], ['import', 'upr-info', data]]) {
        const r = await upr([...args, '--db', file]);
        assert.equal(r.code, EXIT_CODES.unsupported_format, `${args[0]} on ${file}`);
        oneClearLine(r.stderr, /(notes\.txt|random\.bin): not a upr store \(not an SQLite database\)/);
      }
      assert.deepEqual(readFileSync(file), before, 'the file is left as it was');
    }
    const codes = [EXIT_CODES.usage, EXIT_CODES.not_found, EXIT_CODES.unsupported_format, EXIT_CODES.conflict, EXIT_CODES.internal];
    assert.equal(new Set(codes).size, codes.length, 'distinct exit codes');
  });

  it('answers a search over its time budget (--search-budget, UPR_SEARCH_BUDGET) with one line and exit 7', async () => {
    for (const [args, env] of [[['--search-budget', '0.001'], {}], [[], { UPR_SEARCH_BUDGET: '0.001' }]] as const) {
      const r = await upr(['search', 'children', ...args, '--db', store], env);
      assert.equal(r.code, EXIT_CODES.over_budget);
      oneClearLine(r.stderr, /the search took longer than its time budget of 0\.001 ms .*narrow the query/);
    }
    const stats = await upr(['stats', 'children', '--search-budget', '0.001', '--db', store]);
    assert.equal(stats.code, EXIT_CODES.over_budget, stats.stderr);
    const ok = await upr(['search', 'children', '--limit', '1', '--json', '--search-budget', '0', '--db', store]);
    assert.equal(JSON.parse(ok.stdout).total, 3000);
  });

  it('reads a read-only store without writing to it', async () => {
    const ro = join(tmp.dir, 'readonly.db');
    writeFileSync(ro, readFileSync(store));
    chmodSync(ro, 0o444);
    const sha = () => createHash('sha256').update(readFileSync(ro)).digest('hex');
    const before = sha();
    const r = await upr(['search', 'labour', '--limit', '1', '--json', '--db', ro]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).total, 3000);
    assert.equal(sha(), before);
  });

  it('stops quietly when the reader of its output goes away (upr export … | head)', async () => {
    const child = spawnUpr(['export', 'recommendations', '--format', 'jsonl', '--db', store]);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout!.once('data', () => { child.stdout!.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error|at /);
  });

  it('lets two imports started together wait for each other instead of failing with "database is locked"', async () => {
    const shared = join(tmp.dir, 'two-writers.db');
    const a = join(tmp.dir, 'a.csv');
    const b = join(tmp.dir, 'b.csv');
    writeFileSync(a, csv(1500, (i) => `Ensure birth registration for every child, step ${i}.`));
    writeFileSync(b, csv(1500, (i) => `End child marriage, step ${i}.`));
    assert.equal((await upr(['import', 'upr-info', a, '--db', shared, '--dry-run'])).code, 0, 'creates the store');
    const [ra, rb] = await Promise.all([runUpr(['import', 'upr-info', a, '--db', shared]), runUpr(['import', 'upr-info', b, '--db', shared])]);
    for (const r of [ra, rb]) {
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /locked|busy/i);
    }
    assert.deepEqual(countPerSource(shared), [{ f: 'a.csv', n: 1500 }, { f: 'b.csv', n: 1500 }]);
  });

  it('waits for a write transaction held by another process longer than the driver default (busy timeout)', async () => {
    const shared = join(tmp.dir, 'held.db');
    const c = join(tmp.dir, 'c.csv');
    writeFileSync(c, csv(20, (i) => `Prohibit corporal punishment, step ${i}.`));
    assert.equal((await upr(['import', 'upr-info', c, '--db', shared, '--dry-run'])).code, 0, 'creates the store');
    const holder = new Database(shared);
    holder.exec('BEGIN IMMEDIATE');
    holder.prepare("UPDATE states SET name = name WHERE iso3 = 'TCD'").run();
    const child = spawnUpr(['import', 'upr-info', c, '--db', shared], { UPR_TEST_READY: '1' });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = new Promise<number | null>((resolve) => child.on('close', (n) => resolve(n)));
    while (!stderr.startsWith('ready')) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 6500)); // beyond the driver's 5 s default
    holder.exec('COMMIT');
    holder.close();
    assert.equal(await code, 0, stderr);
    assert.deepEqual(countPerSource(shared), [{ f: 'c.csv', n: 20 }]);
  });
});

function countPerSource(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT s.file_name AS f, COUNT(r.id) AS n FROM sources s LEFT JOIN recommendations r ON r.source_id = s.id GROUP BY s.id ORDER BY f').all();
  } finally {
    db.close();
  }
}
