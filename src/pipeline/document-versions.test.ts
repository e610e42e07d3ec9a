import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentVersions, openStore, type Db } from '../store/index.js';
import { ingestDocuments } from './index.js';
import { tempDir } from '../../test/support/cli.js';
import { sharedPath } from '../../test/support/shared-data.js';

function counts(db: Db): Record<string, number> {
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return Object.fromEntries(['sources', 'documents', 'document_paragraphs', 'document_footnotes', 'recommendations', 'recommendation_positions',
    'dialogue_statements', 'document_checks'].map((t) => [t, n(t)]));
}

function assertIntact(db: Db): void {
  assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  db.prepare("INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
  db.prepare("INSERT INTO recommendations_fts(recommendations_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe('versions of a document (same symbol, other bytes)', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('replaces a re-saved Working Group report instead of doubling it, keeps the history, and leaves the older file replaced', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    const addendum = sharedPath(t, 'slovenia', 'cycle3', 'g2004192.pdf');
    if (!report || !addendum) return;
    // A re-saved PDF: the same pages, other bytes (a trailing comment after %%EOF, as some tools write).
    const resaved = join(tmp.dir, 'A_HRC_43_15-resaved.pdf');
    writeFileSync(resaved, Buffer.concat([readFileSync(report), Buffer.from('\n% saved again\n', 'latin1')]));
    const db = openStore(':memory:');
    t.after(() => db.close());
    const [first] = (await ingestDocuments(db, [report, addendum])).outcomes;
    const before = counts(db);
    const recIds = db.prepare('SELECT id, response FROM recommendations ORDER BY id').all();

    const second = await ingestDocuments(db, [resaved]);
    const [o] = second.outcomes;
    assert.deepEqual([o!.status, o!.symbol, o!.version, o!.documentId, o!.recommendations], ['ok', 'A/HRC/43/15', 2, first!.documentId, first!.recommendations]);
    assert.equal(second.summary.updated, 1);
    assert.deepEqual(counts(db), before, 'nothing doubled, nothing lost (the addendum keeps its positions)');
    assert.deepEqual(db.prepare('SELECT id, response FROM recommendations ORDER BY id').all(), recIds, 'recommendations keep their ids and responses');
    const [v1] = documentVersions(db, first!.documentId!);
    assert.equal(v1!.version, 1);
    assert.equal(v1!.fileName, 'g1934994.pdf');
    assert.equal(v1!.recommendations, first!.recommendations);
    assert.equal(v1!.paragraphs, before.document_paragraphs! - (db.prepare("SELECT count(*) AS n FROM document_paragraphs WHERE document_id <> ?").get(first!.documentId) as { n: number }).n);
    assert.equal(v1!.recommendationsRemoved, 0);
    const src = db.prepare('SELECT s.file_name AS f FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?').get(first!.documentId) as { f: string };
    assert.equal(src.f, 'A_HRC_43_15-resaved.pdf');
    assertIntact(db);

    const again = await ingestDocuments(db, [report, resaved]);
    assert.deepEqual(again.outcomes.map((x) => [x.status, x.version, x.currentVersion]), [['already stored', 1, 2], ['already stored', 2, 2]]);
    assert.deepEqual(counts(db), before);
  });
});
