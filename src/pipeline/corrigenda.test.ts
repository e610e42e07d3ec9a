import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCorrections, openStore, removeDocument, type Db } from '../store/index.js';
import { ingestDocuments } from './index.js';
import { tempDir } from '../../test/support/cli.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { handMadePdf } from '../../test/support/hand-made-pdf.js';

/** A corrigendum to Slovenia's real cycle-3 national report, its instructions written against its real paragraphs 11-13. */
const CORRIGENDUM = [
  'A/HRC/WG.6/34/SVN/1/Corr.1', 'Human Rights Council', 'Working Group on the Universal Periodic Review', 'Thirty-fourth session',
  'National report submitted in accordance with paragraph 5 of the annex', 'to Human Rights Council resolution 16/21', 'Slovenia', 'Corrigendum',
  'Paragraph 11, line 2: for "Additional seven people are planned"', 'read "Seven additional people are planned"',
  'Page 3, paragraph 12', 'Replace "In October 2016" with "In October 2017"',
  'Paragraph 13', 'Delete the second sentence.',
];

const paragraph = (db: Db, number: string) => db.prepare(`SELECT p.text, p.original_text AS original FROM document_paragraphs p JOIN documents d ON d.id = p.document_id
  WHERE d.symbol = 'A/HRC/WG.6/34/SVN/1' AND p.number = ?`).get(number) as { text: string; original: string | null };
/** Paragraphs of the national report (not of the corrigendum) that the full-text index finds for `q`. */
const ftsHits = (db: Db, q: string) => (db.prepare(`SELECT count(*) AS n FROM document_paragraphs_fts f JOIN document_paragraphs p ON p.id = f.rowid
  JOIN documents d ON d.id = p.document_id WHERE document_paragraphs_fts MATCH ? AND d.symbol = 'A/HRC/WG.6/34/SVN/1'`).get(q) as { n: number }).n;

describe('corrigenda', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  const corr = join(tmp.dir, 'corrigendum.pdf');
  writeFileSync(corr, handMadePdf({ text: CORRIGENDUM }));

  for (const order of ['report first', 'corrigendum first'] as const) {
    it(`applies the structured instructions to the corrected paragraphs, keeps the printed text, and shows the others (${order})`, async (t) => {
      const report = sharedPath(t, 'slovenia', 'cycle3', 'g1923444.pdf');
      if (!report) return;
      const db = openStore(':memory:');
      t.after(() => db.close());
      const { outcomes } = await ingestDocuments(db, order === 'report first' ? [report, corr] : [corr, report], { concurrency: 1 });
      assert.deepEqual(outcomes.map((o) => [o.symbol, o.status]), order === 'report first'
        ? [['A/HRC/WG.6/34/SVN/1', 'ok'], ['A/HRC/WG.6/34/SVN/1/Corr.1', 'ok']] : [['A/HRC/WG.6/34/SVN/1/Corr.1', 'ok'], ['A/HRC/WG.6/34/SVN/1', 'ok']]);
      const p11 = paragraph(db, '11');
      assert.match(p11.text, /by 2020\. Furthermore/);
      assert.match(p11.text, /Seven additional people are planned to be employed/);
      assert.match(p11.original!, /Additional seven people are planned to be employed/);
      assert.match(paragraph(db, '12').text, /^In October 2017, the Advocate/);
      assert.equal(paragraph(db, '13').original, null);
      assert.equal(ftsHits(db, '"seven additional people"'), 1);
      assert.equal(ftsHits(db, '"additional seven people"'), 0);
      const reportId = outcomes.find((o) => o.symbol === 'A/HRC/WG.6/34/SVN/1')!.documentId!;
      assert.deepEqual(getCorrections(db, reportId).map((c) => [c.paragraph, c.applied, c.text.split('\n')[0]]),
        [['11', true, CORRIGENDUM[8]], ['12', true, 'Page 3, paragraph 12'], ['13', false, 'Paragraph 13']]);

      // Removing the corrigendum gives the paragraphs back their printed text.
      removeDocument(db, outcomes.find((o) => o.symbol?.endsWith('Corr.1'))!.documentId!);
      assert.deepEqual(paragraph(db, '11'), { text: p11.original, original: null });
      assert.equal(ftsHits(db, '"seven additional people"'), 0);
      db.prepare("INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
    });
  }
});
