import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { upr, tempDir } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { openStore, createWorkspace, saveAssessment, type Db } from '../../store/index.js';

const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

describe('upr remove', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('removes a Working Group report and everything derived from it in one go, leaving the store intact', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    const addendum = sharedPath(t, 'slovenia', 'cycle3', 'g2004192.pdf');
    if (!report || !addendum) return;
    const ingested = await upr(['ingest', report, addendum, '--db', tmp.db, '--json']);
    assert.equal(ingested.code, 0, ingested.stderr);
    const [rep] = JSON.parse(ingested.stdout) as { documentId: number; recommendations: number; paragraphs: number }[];

    const store = openStore(tmp.db);
    const workspace = createWorkspace(store, null, 'Child Rights Coalition', ['Child Rights Coalition']);
    const first = (store.prepare('SELECT min(id) AS id FROM recommendations WHERE document_id = ?').get(rep!.documentId) as { id: number }).id;
    saveAssessment(store, workspace.id, first, { status: 'not_started', text: 'No bill yet.', responsibleBody: null, version: null }, null, new Date().toISOString());
    store.close();

    const unknown = await upr(['remove', '999', '--yes', '--db', tmp.db]);
    assert.equal(unknown.code, 3);
    assert.match(unknown.stderr, /no stored document with id or symbol "999"/);
    const unconfirmed = await upr(['remove', 'A/HRC/43/15', '--db', tmp.db]);
    assert.equal(unconfirmed.code, 2);
    assert.match(unconfirmed.stderr, /not run on a terminal, so nothing to confirm with: add --yes to remove document \d+, A\/HRC\/43\/15 \(g1934994\.pdf\)/);
    assert.match(unconfirmed.stderr, /, and 1 workspace follow-up record\(s\) \(assessments, evidence, plan entries, mid-term links\) on the recommendations only it states/,
      'the workspace assessment that goes with the report is named before anything is removed');

    const r = await upr(['remove', 'a/hrc/43/15', '--yes', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(String.raw`^removed document ${rep!.documentId}, A/HRC/43/15 \(g1934994\.pdf\): ${rep!.paragraphs} paragraph\(s\), \d+ footnote\(s\), ${rep!.recommendations} recommendation\(s\), \d+ position\(s\), \d+ dialogue statement\(s\), 0 earlier version\(s\), and 1 workspace follow-up record\(s\) [^\n]+\n$`));
    const db = openStore(tmp.db);
    try {
      assert.equal(count(db, "SELECT count(*) AS n FROM documents WHERE symbol = 'A/HRC/43/15'"), 0);
      assert.equal(count(db, 'SELECT count(*) AS n FROM document_paragraphs WHERE document_id = ?', rep!.documentId), 0);
      assert.equal(count(db, 'SELECT count(*) AS n FROM recommendations'), 0, "the addendum states positions but does not carry the recommendations' text");
      assert.equal(count(db, 'SELECT count(*) AS n FROM recommendation_positions'), 0);
      assert.equal(count(db, 'SELECT count(*) AS n FROM dialogue_statements'), 0);
      assert.deepEqual([count(db, 'SELECT count(*) AS n FROM documents'), count(db, 'SELECT count(*) AS n FROM sources')], [1, 1], 'the addendum stays');
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      assert.deepEqual(db.pragma('foreign_key_check'), []);
      db.prepare("INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
      db.prepare("INSERT INTO recommendations_fts(recommendations_fts, rank) VALUES ('integrity-check', 1)").run();
      assert.equal(count(db, "SELECT count(*) AS n FROM document_paragraphs_fts WHERE document_paragraphs_fts MATCH '\"interactive dialogue\"'"), 0,
        "the report's paragraphs are gone from the index");
    } finally {
      db.close();
    }
    const again = await upr(['ingest', report, '--db', tmp.db, '--json']);
    assert.equal((JSON.parse(again.stdout) as { status: string }[])[0]!.status, 'ok', 'stored anew, not "already stored"');
  });
});
