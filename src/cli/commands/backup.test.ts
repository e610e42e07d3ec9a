import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { upr, tempDir } from '../../../test/support/cli.js';
import { openStore, tableCounts } from '../../store/index.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const counts = (path: string) => {
  const db = openStore(path, { mode: 'read' });
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
};

describe('upr backup and upr restore (bundled sample)', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  before(async () => {
    const r = await upr(['import', 'upr-info', resolve('data/sample/upr-info/upr-info-sessions-05-08.csv'), '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('backs up a store with every row, verified by reading the copy back, and refuses to overwrite a file', async () => {
    const file = join(tmp.dir, 'b1.db');
    const r = await upr(['backup', file, '--db', tmp.db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { tables: Record<string, number> };
    assert.ok(result.tables.recommendations! > 7000, `recommendations: ${result.tables.recommendations}`);
    assert.deepEqual(counts(file), counts(tmp.db));
    assert.match(r.stderr, /backup: \d+\/\d+ pages/);
    const again = await upr(['backup', file, '--db', tmp.db]);
    assert.equal(again.code, 5);
    assert.match(again.stderr, /already exists/);
  });

  it('backs up while another connection writes, and the copy is a consistent snapshot', async () => {
    const writer = openStore(tmp.db);
    const file = join(tmp.dir, 'b2.db');
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.prepare("DELETE FROM recommendations WHERE id IN (SELECT id FROM recommendations LIMIT 5)").run();
      const before = counts(tmp.db);
      const r = await upr(['backup', file, '--db', tmp.db]);
      writer.exec('ROLLBACK');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /verified: integrity ok, \d+ tables, \d+ rows, the same counts as the store/);
      assert.deepEqual(counts(file), before, 'the uncommitted delete is not in the copy');
    } finally {
      writer.close();
    }
  });

  it('refuses a foreign or damaged file with a clear message and leaves the store untouched', async () => {
    const before = sha(tmp.db);
    const text = join(tmp.dir, 'notes.txt');
    writeFileSync(text, 'not a database at all\n'.repeat(200));
    const r1 = await upr(['restore', text, '--db', tmp.db]);
    assert.equal(r1.code, 4, r1.stderr);
    assert.match(r1.stderr, /notes\.txt: not a upr store/);

    const foreign = join(tmp.dir, 'foreign.db');
    const Database = (await import('better-sqlite3')).default;
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    f.close();
    const r2 = await upr(['restore', foreign, '--db', tmp.db]);
    assert.equal(r2.code, 4);
    assert.match(r2.stderr, /foreign\.db: not a upr store: an SQLite database without upr's tables/);

    const damaged = join(tmp.dir, 'damaged.db');
    copyFileSync(join(tmp.dir, 'b1.db'), damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x55, 4096 * 3, 4096 * 40); // overwrite pages in the middle
    writeFileSync(damaged, bytes);
    const r3 = await upr(['restore', damaged, '--db', tmp.db]);
    assert.equal(r3.code, 4, r3.stderr);
    assert.match(r3.stderr, /damaged\.db: (damaged store: integrity check failed|not a upr store)/);

    const newer = join(tmp.dir, 'newer.db');
    copyFileSync(join(tmp.dir, 'b1.db'), newer);
    const n = new Database(newer);
    n.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999-future.sql', 'x')").run();
    n.close();
    const r4 = await upr(['restore', newer, '--db', tmp.db]);
    assert.equal(r4.code, 4);
    assert.match(r4.stderr, /newer version of upr \(schema 999/);

    assert.equal(sha(tmp.db), before, 'the store is byte for byte the same');
    assert.ok(!existsSync(`${tmp.db}.restoring`) && !existsSync(`${tmp.db}.before-restore`));
  });

  it('restores a backup over a changed store and keeps the previous store to undo', async () => {
    const db = openStore(tmp.db);
    db.prepare('DELETE FROM recommendation_issues').run();
    db.close();
    const changed = counts(tmp.db);
    const r = await upr(['restore', join(tmp.dir, 'b1.db'), '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /the previous store is kept as .*upr\.db\.before-restore/);
    assert.deepEqual(counts(tmp.db), counts(join(tmp.dir, 'b1.db')));
    assert.deepEqual(counts(`${tmp.db}.before-restore`), changed);
    assert.equal(changed.recommendation_issues, 0);
  });

  it('refuses to restore while another process has the store open', async () => {
    const reader = openStore(tmp.db, { mode: 'read' });
    try {
      reader.prepare('SELECT count(*) FROM recommendations').get();
      const r = await upr(['restore', join(tmp.dir, 'b1.db'), '--db', tmp.db]);
      assert.equal(r.code, 5, r.stderr);
      assert.match(r.stderr, /open in another process/);
    } finally {
      reader.close();
    }
  });
});
