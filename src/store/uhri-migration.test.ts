import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate, listMigrations, ensureSource, ensureReview, importUhriRows, uhriKey, getRecommendations, type Db } from './index.js';
import { recommendationWriter } from './recommendations.js';
import { seedReferenceData } from './reference.js';
import { readUhriExport } from '../ingest/index.js';
import { cycleOfSession } from '../core/index.js';

const CSV = fileURLToPath(new URL('../../test/fixtures/uhri/uhri-upr-info.csv', import.meta.url));

describe('migration 015: UHRI records stored before the merge', () => {
  it('gives each its UHRI claim and keeps its annotation, so importing the file again adds and changes nothing', async () => {
    const db = new Database(':memory:') as unknown as Db;
    db.pragma('foreign_keys = ON');
    migrate(db, listMigrations().filter((m) => m.version < 15));
    seedReferenceData(db);
    const rows = (await readUhriExport(readFileSync(CSV), CSV)).value;
    const file = { kind: 'uhri' as const, path: CSV, fileName: 'uhri-upr-info.csv', sha256: 'x', sizeBytes: 1 };
    // What the import wrote before migration 015: a row per UPR annotation, its annotation keyed by the row.
    const sourceId = ensureSource(db, file);
    const writer = recommendationWriter(db);
    const annotate = db.prepare(`INSERT INTO uhri_annotations (recommendation_id, annotation_id, symbol, published, uhri_published, affected_persons, sdgs)
      VALUES ((SELECT id FROM recommendations WHERE natural_key = ?), ?, ?, ?, ?, ?, ?)`);
    const upr = rows.filter((r) => r.isUpr);
    for (const r of upr) {
      writer.insert({ reviewId: ensureReview(db, 'SVN', cycleOfSession(r.session!)!, r.session!), origin: 'uhri', naturalKey: uhriKey(r.annotationId), paragraph: null,
        text: r.text, response: r.position!, responseSource: `UHRI (UPR Position: ${r.positionRaw || 'none'})`, actionCategory: null, sourceId, documentId: null,
        locator: `row ${r.line}`, recommendingStates: r.recommendingStates.map((s) => s.iso3), issues: r.themes });
      annotate.run(uhriKey(r.annotationId), r.annotationId, r.symbol, r.published, r.uhriPublished, JSON.stringify(r.affectedPersons), JSON.stringify(r.sdgs));
    }
    migrate(db);
    const claims = db.prepare("SELECT count(*) FROM recommendation_claims WHERE kind = 'uhri' AND claim_key = (SELECT natural_key FROM recommendations WHERE id = recommendation_id)").pluck().get();
    assert.equal(claims, upr.length);
    assert.equal(db.prepare("SELECT count(*) FROM uhri_annotations WHERE symbol = 'A/HRC/14/15'").pluck().get(), upr.length);
    const again = importUhriRows(db, file, rows);
    assert.deepEqual({ added: again.added, alreadyStored: again.alreadyStored, updated: again.updated }, { added: rows.length - upr.length, alreadyStored: upr.length, updated: 0 });
    const ids = (db.prepare("SELECT id FROM recommendations WHERE origin = 'uhri'").all() as { id: number }[]).map((r) => r.id);
    assert.ok(getRecommendations(db, ids).every((r) => r.sources!.length === 1 && r.sources![0]!.kind === 'uhri' && r.disagreement!.length === 0));
    db.close();
  });
});
