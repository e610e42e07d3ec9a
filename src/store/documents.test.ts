import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, saveDocument, findDocumentBySha, listDocuments, getDocumentParagraphs, getDocumentFootnotes, type NewDocument } from './index.js';

function doc(sha: string, symbol: string | null, extra: Partial<NewDocument> = {}): NewDocument {
  return {
    source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 10 },
    symbol, type: 'un_compilation', language: 'en', title: 'Compilation of UN information', stateIso3: 'SVN', cycle: 1, session: 7,
    corrects: null, format: 'pdf', ocr: false, pageCount: 2, text: '1. Text.', html: null,
    paragraphs: [{ seq: 1, number: '1', page: 1, text: 'The Committee recommended that Slovenia ratify.', footnoteRefs: [1, 2] }],
    footnotes: [{ number: '1', page: 2, text: 'CRC/C/SVN/CO/3-4.' }, { number: '2', page: 2, text: 'Ibid.' }],
    ...extra,
  };
}

describe('documents store', () => {
  it('stores a document with its review, paragraphs (with cited notes) and footnotes', () => {
    const db = openStore(':memory:');
    const saved = saveDocument(db, doc('a', 'A/HRC/WG.6/7/SVN/2'));
    assert.equal(saved.alreadyStored, false);
    const [row] = listDocuments(db);
    assert.deepEqual([row!.symbol, row!.stateIso3, row!.cycle, row!.session, row!.fileName], ['A/HRC/WG.6/7/SVN/2', 'SVN', 1, 7, 'a.pdf']);
    assert.deepEqual(getDocumentParagraphs(db, saved.id)[0]!.footnoteRefs, [1, 2]);
    assert.equal(getDocumentFootnotes(db, saved.id).length, 2);
    const hit = db.prepare("SELECT count(*) AS n FROM document_paragraphs_fts WHERE document_paragraphs_fts MATCH 'ratifies'").get() as { n: number };
    assert.equal(hit.n, 1, 'the paragraph index stems ratify/ratifies');
  });

  it('stores nothing new for the same file content', () => {
    const db = openStore(':memory:');
    const first = saveDocument(db, doc('a', 'A/HRC/WG.6/7/SVN/2'));
    const again = saveDocument(db, doc('a', 'A/HRC/WG.6/7/SVN/2', { source: { kind: 'document', path: '/x/renamed.pdf', fileName: 'renamed.pdf', sha256: 'a', sizeBytes: 10 } }));
    assert.deepEqual(again, { ...first, alreadyStored: true });
    assert.equal(findDocumentBySha(db, 'a')!.id, first.id);
    assert.equal(listDocuments(db).length, 1);
  });

  it('links a corrigendum to the document it corrects, whichever is stored first', () => {
    for (const order of [['orig', 'corr'], ['corr', 'orig']]) {
      const db = openStore(':memory:');
      const ids: Record<string, number> = {};
      for (const which of order) {
        ids[which] = which === 'orig'
          ? saveDocument(db, doc('o', 'A/HRC/WG.6/7/SVN/2')).id
          : saveDocument(db, doc('c', 'A/HRC/WG.6/7/SVN/2/Corr.1', { corrects: 'A/HRC/WG.6/7/SVN/2' })).id;
      }
      const corr = listDocuments(db).find((d) => d.symbol?.endsWith('Corr.1'));
      assert.equal(corr!.correctsId, ids.orig, order.join(' then '));
    }
  });

  it('keeps a document whose State or cycle is unknown without a review', () => {
    const db = openStore(':memory:');
    const saved = saveDocument(db, doc('q', null, { type: 'advance_questions', cycle: null, session: null }));
    assert.equal(saved.reviewId, null);
  });
});
