import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { upr, tempDir } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { openStore, listDocuments, saveDocumentCheck } from '../../store/index.js';

describe('upr check', () => {
  it('lists documents needing review with their reasons, as a table and as JSON; ingest says how many', async (t) => {
    const file = sharedPath(t, 'wg-reports', 'canada2013.pdf');
    if (!file) return;
    const tmp = tempDir();
    t.after(tmp.cleanup);
    const ingest = await upr(['--db', tmp.db, 'ingest', file]);
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.match(ingest.stdout, /1 file\(s\): 1 stored, 0 already stored, 0 failed\./);
    const clean = await upr(['--db', tmp.db, 'check', '--all', '--json']);
    assert.equal(clean.code, 0);
    const all = JSON.parse(clean.stdout) as { needsReview: number; documents: { symbol: string; status: string }[] };
    assert.deepEqual([all.needsReview, all.documents.map((d) => [d.symbol, d.status])], [0, [['A/HRC/24/11', 'ok']]]);
    // A failed check as ingest stores it (a gap in the numbering).
    const db = openStore(tmp.db);
    saveDocumentCheck(db, listDocuments(db)[0]!.id, { ok: false, reasons: ['para 128: numbering has a gap, 128.7 missing from the list 128.1–128.162'] });
    db.close();
    const table = await upr(['--db', tmp.db, 'check']);
    assert.equal(table.code, 6);
    assert.match(table.stdout, /A\/HRC\/24\/11\s+canada2013\.pdf\s+wg_report\s+CAN\s+2\s+needs review\s+para 128: numbering has a gap/);
    assert.match(table.stdout, /1 document\(s\) need review\./);
    const json = JSON.parse((await upr(['--db', tmp.db, 'check', '--json', '--state', 'Canada'])).stdout) as { documents: { reasons: string[] }[] };
    assert.deepEqual(json.documents.map((d) => d.reasons), [['para 128: numbering has a gap, 128.7 missing from the list 128.1–128.162']]);
    assert.equal((await upr(['--db', tmp.db, 'check', '--state', 'Ruritania'])).code, 2);
  });
});
