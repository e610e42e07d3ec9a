import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDocuments, openStore, type Db } from '../store/index.js';
import { ingestDocuments, type IngestEvent } from './index.js';
import { tempDir } from '../../test/support/cli.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { handMadePdf } from '../../test/support/hand-made-pdf.js';

function counts(db: Db): { sources: number; documents: number; paragraphs: number; footnotes: number; reviews: number } {
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { sources: n('sources'), documents: n('documents'), paragraphs: n('document_paragraphs'), footnotes: n('document_footnotes'), reviews: n('reviews') };
}

describe('ingestDocuments', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('stores a real Working Group report once; ingesting it again (and a copy) changes nothing', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    if (!report) return;
    const copy = join(tmp.dir, 'copy-of-report.pdf');
    copyFileSync(report, copy);
    const db = openStore(':memory:');
    t.after(() => db.close());
    const first = await ingestDocuments(db, [report]);
    const [o] = first.outcomes;
    assert.deepEqual({ symbol: o!.symbol, type: o!.type, state: o!.state, session: o!.session, cycle: o!.cycle, language: o!.language, status: o!.status },
      { symbol: 'A/HRC/43/15', type: 'wg_report', state: 'SVN', session: 34, cycle: 3, language: 'en', status: 'ok' });
    assert.ok(o!.recommendations > 200 && o!.positions === o!.recommendations && o!.dialogue > 50, JSON.stringify(o));
    assert.deepEqual(first.summary, { files: 1, stored: 1, updated: 0, alreadyStored: 0, needsReview: 0, failed: 0, skipped: 0 });
    const stored = counts(db);
    assert.ok(stored.paragraphs > 100);
    const again = await ingestDocuments(db, [report, copy]);
    assert.deepEqual(again.outcomes.map((x) => [x.status, x.symbol, x.recommendations, x.documentId]),
      [['already stored', 'A/HRC/43/15', o!.recommendations, o!.documentId], ['already stored', 'A/HRC/43/15', o!.recommendations, o!.documentId]]);
    assert.deepEqual(counts(db), stored);
  });

  it('reports an empty file, a corrupt PDF, a non-UPR PDF, a text file and a missing file, and stores nothing from them', async () => {
    const files = { empty: join(tmp.dir, 'empty.pdf'), corrupt: join(tmp.dir, 'corrupt.pdf'), other: join(tmp.dir, 'shopping.pdf'),
      text: join(tmp.dir, 'notes.txt'), missing: join(tmp.dir, 'missing.pdf') };
    writeFileSync(files.text, 'Meeting notes, nothing else.');
    writeFileSync(files.empty, '');
    writeFileSync(files.corrupt, '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    writeFileSync(files.other, handMadePdf({ text: 'Minutes of the garden club: tomatoes, beans and a new fence for the allotment.' }));
    const db = openStore(':memory:');
    const before = counts(db);
    const events: IngestEvent[] = [];
    const r = await ingestDocuments(db, Object.values(files), { onProgress: (e) => events.push(e) });
    const reasons = r.outcomes.map((o) => `${o.status}: ${o.reasons.join('; ')}`);
    assert.match(reasons[0]!, /^failed: the file is empty$/);
    assert.match(reasons[1]!, /^failed: the PDF is corrupt or damaged and cannot be read/);
    assert.match(reasons[2]!, /^failed: not a UPR document/);
    assert.match(reasons[3]!, /^failed: not a PDF, DOCX or Word \(\.doc\) file/);
    assert.equal(reasons[4], 'failed: no such file');
    assert.deepEqual(r.summary, { files: 5, stored: 0, updated: 0, alreadyStored: 0, needsReview: 0, failed: 5, skipped: 0 });
    assert.deepEqual(events.filter((e) => e.kind === 'failed').map((e) => e.kind === 'failed' && e.file).sort(), Object.values(files).sort());
    assert.deepEqual(events.filter((e) => e.kind === 'read').map((e) => e.kind === 'read' && e.done), [1, 2, 3, 4, 5]);
    assert.deepEqual(counts(db), before);
    db.close();
  });

  it('reads again an addendum stored earlier so that its positions attach to the Working Group report ingested later', async (t) => {
    const addendum = sharedPath(t, 'slovenia', 'cycle2', 'g1504261.pdf');
    const report = sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf');
    if (!addendum || !report) return;
    const db = openStore(':memory:');
    t.after(() => db.close());
    const [first] = (await ingestDocuments(db, [addendum])).outcomes;
    assert.deepEqual([first!.type, first!.state, first!.session, first!.cycle, first!.recommendations, first!.positions, first!.status],
      ['wg_report_addendum', 'SVN', 20, 2, 0, 0, 'ok']);
    assert.match(first!.problems.join('\n'), /positions found but no recommendations of this review are stored yet/);
    const events: IngestEvent[] = [];
    const second = await ingestDocuments(db, [report, addendum], { onProgress: (e) => events.push(e) });
    const reread = events.find((e) => e.kind === 'reread');
    assert.ok(reread?.kind === 'reread' && reread.file === addendum && reread.positions > 100, JSON.stringify(events));
    const again = second.outcomes[1]!;
    assert.deepEqual([again.status, again.positionsAttached, again.positions], ['already stored', true, reread.positions]);
    assert.equal(second.outcomes[0]!.status, 'ok');
  });

  it('commits each document as soon as it is read, so an interrupted run keeps what it finished', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    const national = sharedPath(t, 'slovenia', 'cycle3', 'g1923444.pdf');
    if (!report || !national) return;
    const db = openStore(':memory:');
    t.after(() => db.close());
    const storedWhenRead: number[] = [];
    await ingestDocuments(db, [report, national], { concurrency: 1, onProgress: (e) => void (e.kind === 'read' && storedWhenRead.push(listDocuments(db).length)) });
    assert.deepEqual(storedWhenRead, [0, 1]);
  });

  it('stores an addendum given before its Working Group report after it, so its positions attach in one run', async (t) => {
    const addendum = sharedPath(t, 'slovenia', 'cycle2', 'g1504261.pdf');
    const report = sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf');
    if (!addendum || !report) return;
    const db = openStore(':memory:');
    t.after(() => db.close());
    const events: IngestEvent[] = [];
    const { outcomes } = await ingestDocuments(db, [addendum, report], { onProgress: (e) => events.push(e) });
    assert.deepEqual(outcomes.map((o) => [o.type, o.status]), [['wg_report_addendum', 'ok'], ['wg_report', 'ok']]);
    assert.ok(outcomes[0]!.positions > 100 && outcomes[0]!.documentId! > outcomes[1]!.documentId!, JSON.stringify(outcomes[0]));
    assert.equal(events.filter((e) => e.kind === 'reread').length, 0);
  });

  it('gives the same outcomes whether files are read in worker threads or in this thread', async (t) => {
    const dir = sharedPath(t, 'slovenia', 'cycle3');
    if (!dir) return;
    const files = ['g1934994.pdf', 'g2004192.pdf', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx', 'missing.pdf'].map((f) => join(dir, f));
    const run = async (readInWorkers: boolean) => {
      const db = openStore(':memory:');
      try {
        return (await ingestDocuments(db, files, { readInWorkers })).outcomes;
      } finally {
        db.close();
      }
    };
    const [inWorkers, inThread] = [await run(true), await run(false)];
    assert.deepEqual(inWorkers.map((o) => o.status), ['ok', 'ok', 'ok', 'failed']);
    assert.deepEqual(inWorkers, inThread);
  });

  it('reads a scanned page by OCR and recognises the document', async (t) => {
    const source = sharedPath(t, 'slovenia', 'cycle3', 'g1923444.pdf');
    if (!source) return;
    const prefix = join(tmp.dir, 'scan');
    execFileSync('pdftoppm', ['-jpeg', '-r', '150', '-f', '1', '-l', '1', '-singlefile', '-scale-to-x', '1240', '-scale-to-y', '1754', source, prefix]);
    const scanned = join(tmp.dir, 'scanned.pdf');
    writeFileSync(scanned, handMadePdf({ jpeg: readFileSync(`${prefix}.jpg`), width: 1240, height: 1754 }));
    const db = openStore(':memory:');
    t.after(() => db.close());
    const [out] = (await ingestDocuments(db, [scanned])).outcomes;
    assert.deepEqual([out!.status, out!.state, out!.session], ['ok', 'SVN', 34]);
  });
});
