import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../test/support/cli.js';
import { SLOVENIA_CYCLE3_FILES, sharedPath } from '../../test/support/shared-data.js';
import { handMadePdf } from '../../test/support/hand-made-pdf.js';
import { openStore } from '../store/index.js';

interface Out { file: string; status: string; reasons: string[]; symbol: string | null; type: string | null; state: string | null; session: number | null; cycle: number | null }

const documentsIn = (db: string) => {
  const store = openStore(db);
  try {
    return (store.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    store.close();
  }
};

describe('refusing what is not a UPR document', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it("refuses upr's own reports (HTML, Markdown, DOCX, PDF) and exports (CSV, JSONL, XLSX), even with --as", async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const db = join(tmp.dir, 'outputs.db');
    const stored = await upr(['ingest', ...Object.values(SLOVENIA_CYCLE3_FILES), '--db', db]);
    assert.equal(stored.code, 0, stored.stderr);
    await upr(['classify', '--db', db]);
    const outputs: string[] = [];
    for (const format of ['html', 'md', 'docx', 'pdf']) {
      const out = join(tmp.dir, `slovenia-report.${format}`);
      const r = await upr(['report', 'Slovenia', '--cycle', '3', '--format', format, '--out', out, '--db', db]);
      assert.equal(r.code, 0, r.stderr);
      outputs.push(out);
    }
    for (const format of ['csv', 'jsonl', 'xlsx']) {
      const out = join(tmp.dir, `export.${format}`);
      const r = await upr(['export', 'recommendations', '--format', format, '--out', out, '--db', db]);
      assert.equal(r.code, 0, r.stderr);
      outputs.push(out);
    }
    const before = documentsIn(db);
    for (const args of [[], ['--as', 'national_report', '--state', 'SVN']]) {
      const r = await upr(['ingest', ...outputs, ...args, '--db', db, '--json']);
      assert.equal(r.code, 1);
      const outcomes = JSON.parse(r.stdout) as Out[];
      assert.deepEqual(outcomes.map((o) => [o.file, o.status]), outputs.map((f) => [f, 'failed: this is a report made by upr (its own output), not a UN document: it is never ingested']));
      assert.equal(documentsIn(db), before);
    }
  });

  it('refuses a PDF that only mentions the UPR, with the reason, and stores it with --as TYPE --state X --session N', async () => {
    const notes = join(tmp.dir, 'ngo-notes.pdf');
    writeFileSync(notes, handMadePdf({ text: ['Notes of our coalition meeting on the UPR follow-up.', 'Next meeting in March; bring the list of recommendations.'] }));
    const db = join(tmp.dir, 'notes.db');
    const refused = await upr(['ingest', notes, '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /ngo-notes\.pdf: not a UPR document: no UN document symbol, State under review or mention of the Universal Periodic Review found; nothing from this file was stored\n/);
    assert.equal(documentsIn(db), 0);
    const forced = await upr(['ingest', notes, '--as', 'other', '--state', 'Slovenia', '--session', '34', '--db', db, '--json']);
    assert.equal(forced.code, 0, forced.stderr);
    const [o] = JSON.parse(forced.stdout) as Out[];
    assert.deepEqual([o!.status, o!.type, o!.state, o!.session, o!.cycle, o!.symbol], ['ok', 'other', 'SVN', 34, 3, null]);
    assert.equal(documentsIn(db), 1);
  });

  it('checks the --as options', async () => {
    const bad = async (args: string[]) => (await upr(['ingest', 'x.pdf', ...args, '--db', join(tmp.dir, 'opts.db')]));
    const noState = await bad(['--as', 'national_report']);
    assert.deepEqual([noState.code, /--as needs --state STATE/.test(noState.stderr)], [2, true]);
    const badType = await bad(['--as', 'novel', '--state', 'SVN']);
    assert.deepEqual([badType.code, /unknown document type; one of national_report, un_compilation/.test(badType.stderr)], [2, true]);
    const stray = await bad(['--state', 'SVN']);
    assert.deepEqual([stray.code, /--state goes with --as TYPE/.test(stray.stderr)], [2, true]);
  });
});
