import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, saveDocument, documentVersions, finishReplacement, type Db, type NewDocument } from './index.js';
import { savePosition, upsertDocumentRecommendations, POSITION_PRECEDENCE, type DocumentOrigin } from './document-recommendations.js';

function report(sha: string, paragraphs: string[]): NewDocument {
  return {
    source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 10 },
    symbol: 'A/HRC/43/15', type: 'wg_report', language: 'en', title: 'Report of the Working Group on the UPR: Slovenia', stateIso3: 'SVN',
    cycle: 3, session: 34, corrects: null, format: 'pdf', ocr: false, pageCount: 1, text: paragraphs.join('\n'), html: null,
    paragraphs: paragraphs.map((text, i) => ({ seq: i + 1, number: `122.${i + 1}`, page: 1, text, footnoteRefs: [] })), footnotes: [],
  };
}

/** What the extraction does for a report: its recommendations and the report's position on each. */
function extract(db: Db, origin: DocumentOrigin, texts: string[]): Map<string, number> {
  const { ids } = upsertDocumentRecommendations(db, origin, texts.map((text, i) => ({ paragraph: `122.${i + 1}`, text, recommendingStates: ['FRA'], locator: `para 122.${i + 1}` })));
  for (const [paragraph, id] of ids) savePosition(db, id, origin, { paragraph, response: 'supported', locator: `para ${paragraph}` }, POSITION_PRECEDENCE.wg_report);
  return ids;
}

const originOf = (saved: { id: number; sourceId: number; reviewId: number | null }): DocumentOrigin =>
  ({ documentId: saved.id, sourceId: saved.sourceId, reviewId: saved.reviewId!, stateIso3: 'SVN', cycle: 3, symbol: 'A/HRC/43/15' });

describe('document versions in the store', () => {
  it('replaces a corrected report: recommendations it no longer has are deleted with what refers to them, shared ones move to the thematic list', () => {
    const db = openStore(':memory:');
    const v1 = saveDocument(db, report('v1', ['Ratify the CED', 'Abolish corporal punishment', 'Adopt a strategy on Roma children']));
    const ids = extract(db, originOf(v1), ['Ratify the CED', 'Abolish corporal punishment', 'Adopt a strategy on Roma children']);
    // A history row refers to 122.2 by id; a thematic list also states 122.3 (and carries its text).
    db.prepare(`INSERT INTO recommendation_history (recommendation_id, text, response, issues, natural_key, source_id, locator, replaced_by_source_id, replaced_at)
      VALUES (?, 'old', 'noted', '[]', 'k', ?, 'l', ?, '2020')`).run(ids.get('122.2'), v1.sourceId, v1.sourceId);
    const listSource = Number(db.prepare(`INSERT INTO sources (kind, path, file_name, sha256, size_bytes, imported_at) VALUES ('document', 'l.docx', 'l.docx', 'list', 1, '2020')`).run().lastInsertRowid);
    const listId = Number(db.prepare(`INSERT INTO documents (source_id, type, review_id, ingested_at) VALUES (?, 'thematic_list', ?, '2020')`).run(listSource, v1.reviewId).lastInsertRowid);
    savePosition(db, ids.get('122.3')!, { ...originOf(v1), documentId: listId, sourceId: listSource, symbol: null }, { paragraph: '122.3', response: 'noted', locator: 'row 3' }, POSITION_PRECEDENCE.thematic_list);

    const v2 = saveDocument(db, report('v2', ['Ratify the Convention on Enforced Disappearance']));
    assert.deepEqual([v2.id, v2.version, v2.alreadyStored], [v1.id, 2, false]);
    assert.equal((db.prepare('SELECT count(*) AS n FROM document_paragraphs WHERE document_id = ?').get(v1.id) as { n: number }).n, 1);
    extract(db, originOf(v2), ['Ratify the Convention on Enforced Disappearance']);
    assert.equal(finishReplacement(db, v2.id, v2.sourceId, v2.replaced!), 1);

    const rows = db.prepare('SELECT id, paragraph, text, document_id AS doc, source_id AS src, response FROM recommendations ORDER BY id').all();
    assert.deepEqual(rows, [
      { id: ids.get('122.1'), paragraph: '122.1', text: 'Ratify the Convention on Enforced Disappearance', doc: v1.id, src: v2.sourceId, response: 'supported' },
      { id: ids.get('122.3'), paragraph: '122.3', text: 'Adopt a strategy on Roma children', doc: listId, src: listSource, response: 'noted' },
    ]);
    assert.equal((db.prepare('SELECT count(*) AS n FROM recommendation_history').get() as { n: number }).n, 0);
    assert.equal(db.prepare("SELECT 1 FROM sources WHERE sha256 = 'v1'").get(), undefined, 'the replaced file is no longer a source');
    const [old] = documentVersions(db, v1.id);
    assert.deepEqual([old!.version, old!.sha256, old!.fileName, old!.paragraphs, old!.recommendations, old!.positions, old!.recommendationsRemoved],
      [1, 'v1', 'v1.pdf', 3, 3, 3, 1]);
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    db.prepare("INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
  });

  it('keeps documents of the same symbol in different languages apart', () => {
    const db = openStore(':memory:');
    const en = saveDocument(db, report('en', ['Ratify the CED']));
    const fr = saveDocument(db, { ...report('fr', ['Ratifier la CED']), language: 'fr' });
    assert.notEqual(en.id, fr.id);
    assert.equal(fr.version, 1);
  });
});
