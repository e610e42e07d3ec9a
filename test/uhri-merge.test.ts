// UHRI's UPR rows through the merge (docs/merge.md): one review's recommendations from UPR Info's CSV, the
// Working Group report (real PDF) and a UHRI export (test/fixtures/uhri/uhri-liechtenstein.csv, built from that
// report) are stored once each, with all three sources, in either order, and importing again adds nothing.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, importUprInfoRows, importUhriRows, getRecommendations, getRecommendationHistory, removeDocument, searchRecommendations, type Db } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { parseUprInfoCsv, decodeText, readUhriExport } from '../src/ingest/index.js';
import { sharedPath } from './support/shared-data.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/uhri/uhri-liechtenstein.csv', import.meta.url));

interface Inputs { csv: string; report: string }

function inputs(t: TestContext): Inputs | undefined {
  const csv = sharedPath(t, 'upr-info', 'upr-info-sessions-13-16.csv');
  const report = csv && sharedPath(t, 'wg-reports', 'liechtenstein2013.pdf');
  return csv && report ? { csv, report } : undefined;
}

/** UPR Info's rows on Liechtenstein's cycle-2 review (session 15). */
function importUprInfo(db: Db, csv: string) {
  const rows = parseUprInfoCsv(decodeText(readFileSync(csv)).text, csv).value.filter((r) => r.stateUnderReview.iso3 === 'LIE' && r.session === 15);
  return importUprInfoRows(db, { kind: 'upr-info-csv', path: csv, fileName: 'upr-info-sessions-13-16.csv', sha256: 'upr-info', sizeBytes: 1 }, rows);
}

async function importUhri(db: Db, bytes: Buffer = readFileSync(FIXTURE), sha256 = 'uhri') {
  const { value, problems } = await readUhriExport(bytes, FIXTURE);
  assert.deepEqual(problems, []);
  return importUhriRows(db, { kind: 'uhri', path: FIXTURE, fileName: 'uhri-liechtenstein.csv', sha256, sizeBytes: bytes.length }, value);
}

/** A store with the review from all three sources: UPR Info, then the report, then UHRI. */
async function allThree(src: Inputs): Promise<Db> {
  const db = openStore(':memory:');
  importUprInfo(db, src.csv);
  await ingestDocuments(db, [src.report], { concurrency: 1 });
  await importUhri(db);
  return db;
}

const all = (db: Db) => getRecommendations(db, (db.prepare('SELECT id FROM recommendations ORDER BY id').all() as { id: number }[]).map((r) => r.id));

/** Each recommendation by its report paragraph: position, where it is from, its sources' kinds and disagreements. */
function snapshot(db: Db) {
  return all(db).map((r) => ({
    paragraph: r.paragraph, text: r.text, response: r.response, responseSource: r.responseSource, issues: r.issues,
    sources: r.sources!.map((c) => `${c.kind}:${c.response}:${c.recommendingStates.join()}`).sort(), disagreement: r.disagreement,
  })).sort((a, b) => String(a.paragraph).localeCompare(String(b.paragraph), 'en', { numeric: true }));
}

describe('UHRI UPR rows join the recommendations of UPR Info and the Working Group report', () => {
  it('stores each recommendation once with its three sources, position by precedence, disagreement shown', async (t) => {
    const src = inputs(t);
    if (!src) return;
    const db = openStore(':memory:');
    const uprInfo = importUprInfo(db, src.csv);
    await ingestDocuments(db, [src.report], { concurrency: 1 });
    const extracted = all(db).length;
    const uhri = await importUhri(db);
    assert.equal(uhri.rows, extracted, 'the fixture has one UHRI row per recommendation of the report');
    assert.deepEqual({ added: uhri.added, merged: uhri.merged, absorbed: uhri.absorbed }, { added: extracted, merged: extracted, absorbed: 0 });
    const recs = all(db);
    assert.equal(recs.length, extracted, 'no recommendation added: every UHRI row joined one of the report');
    const kinds = (r: (typeof recs)[number]) => [...new Set(r.sources!.map((c) => c.kind))].sort().join();
    assert.equal(recs.filter((r) => kinds(r) === 'uhri,upr_info,wg_report').length, extracted, 'each with UHRI, UPR Info and the report');
    assert.equal(recs.reduce((n, r) => n + r.sources!.filter((c) => c.kind === 'upr_info').length, 0), uprInfo.rows, 'every UPR Info record is a source');
    assert.ok(recs.every((r) => r.responseSource?.startsWith('UHRI (UPR Position:')), 'UHRI states the position, and ranks above UPR Info and the report');
    // UPR Info gives the two clauses of item 94.x different responses; UHRI (like the addendum) one position.
    const split = recs.filter((r) => r.disagreement!.includes('position'));
    assert.ok(split.length >= 1, 'a disagreement on the position is kept and shown');
    for (const r of split) {
      const said = new Set(r.sources!.filter((c) => c.kind === 'upr_info').map((c) => c.response));
      assert.deepEqual([...said].sort(), ['noted', 'supported']);
      assert.equal(r.response, r.sources!.find((c) => c.kind === 'uhri')!.response);
    }
    for (const origin of ['uhri', 'upr-info', 'document'] as const) {
      const found = searchRecommendations(db, { origin: [origin], state: ['LIE'] }, { limit: null, facets: ['origin'] });
      assert.equal(found.total, extracted, `every merged recommendation is found under ${origin}`);
      const facet = searchRecommendations(db, { state: ['LIE'] }, { limit: 0, facets: ['origin'] }).facets.origin!;
      assert.equal(facet.find((v) => v.value === origin)?.count, found.total, `the ${origin} facet counts what its filter finds`);
    }

    const before = snapshot(db);
    const again = await importUhri(db);
    assert.deepEqual({ added: again.added, alreadyStored: again.alreadyStored, updated: again.updated, merged: again.merged }, { added: 0, alreadyStored: extracted, updated: 0, merged: 0 });
    assert.equal(importUprInfo(db, src.csv).added, 0);
    await ingestDocuments(db, [src.report], { concurrency: 1 });
    assert.deepEqual(snapshot(db), before, 'importing again keeps the merge');
  });

  it('gives the same store when UHRI comes first, then UPR Info, then the report', async (t) => {
    const src = inputs(t);
    if (!src) return;
    const a = openStore(':memory:');
    importUprInfo(a, src.csv);
    await ingestDocuments(a, [src.report], { concurrency: 1 });
    await importUhri(a);
    const b = openStore(':memory:');
    const uhri = await importUhri(b);
    assert.deepEqual({ added: uhri.added, merged: uhri.merged }, { added: uhri.rows, merged: 0 });
    const uprInfo = importUprInfo(b, src.csv);
    assert.equal(uprInfo.merged, uprInfo.rows, 'every UPR Info record joins a UHRI recommendation');
    await ingestDocuments(b, [src.report], { concurrency: 1 });
    assert.deepEqual(snapshot(b), snapshot(a));
  });

  it('an edited UHRI row of a merged recommendation updates its source and keeps the old one in the history', async (t) => {
    const src = inputs(t);
    if (!src) return;
    const db = await allThree(src);
    const first = '94.1 Ratify the Convention on the Rights of Persons with Disabilities (Hungary) (Togo) / Ratify the United Nations Convention on the Rights of Persons with Disabilities';
    const target = all(db).find((r) => r.sources!.some((c) => c.kind === 'uhri' && c.text === first))!;
    assert.ok(target, 'the first row of the fixture joined a recommendation of the report');
    assert.ok(target.sources!.some((c) => c.kind === 'wg_report'), 'that recommendation came from the report');
    const edited = readFileSync(FIXTURE, 'utf8').replace(first, `${first} and its Optional Protocol`)
      .replace('- Slovenia",- Supported', '- Slovenia",- Noted');
    const result = await importUhri(db, Buffer.from(edited), 'uhri-edited');
    assert.deepEqual({ added: result.added, updated: result.updated }, { added: 0, updated: 1 });
    const after = getRecommendations(db, [target.id])[0]!;
    const claim = after.sources!.find((c) => c.kind === 'uhri')!;
    assert.equal(claim.text, `${first} and its Optional Protocol`);
    assert.equal(claim.response, 'noted');
    assert.equal(after.response, 'noted', 'UHRI ranks above the report and UPR Info: its new position is chosen');
    const history = getRecommendationHistory(db, target.id);
    assert.equal(history.length, 1, 'one history entry for the one edited row');
    assert.equal(history[0]!.text, first);
    assert.equal(history[0]!.response, 'supported');
    assert.equal(history[0]!.replacedBy, 'uhri-liechtenstein.csv');
  });

  it('removing the report keeps every recommendation UPR Info or UHRI also states, with their sources', async (t) => {
    const src = inputs(t);
    if (!src) return;
    const db = await allThree(src);
    const before = all(db);
    const claims = before.reduce((n, r) => n + r.sources!.filter((c) => c.kind !== 'wg_report').length, 0);
    const doc = db.prepare("SELECT id FROM documents WHERE type = 'wg_report'").get() as { id: number };
    const removed = removeDocument(db, doc.id)!;
    assert.deepEqual({ removed: removed.recommendationsRemoved, kept: removed.recommendationsKept }, { removed: 0, kept: before.length });
    const after = all(db);
    assert.equal(after.length, before.length, 'no recommendation lost');
    assert.ok(after.every((r) => r.provenance.file === 'uhri-liechtenstein.csv' && r.sources!.every((c) => c.kind !== 'wg_report')), 'each rests on its UHRI row now');
    const origins = db.prepare('SELECT origin, count(*) AS n FROM recommendations GROUP BY origin').all();
    assert.deepEqual(origins, [{ origin: 'uhri', n: before.length }]);
    assert.equal(after.reduce((n, r) => n + r.sources!.length, 0), claims, 'every UPR Info and UHRI source kept');
    assert.deepEqual(after.map((r) => r.response), before.map((r) => r.response), 'UHRI stated the positions: unchanged');
    const again = await importUhri(db);
    assert.deepEqual({ added: again.added, updated: again.updated }, { added: 0, updated: 0 });
    assert.equal(importUprInfo(db, src.csv).added, 0);
    await ingestDocuments(db, [src.report], { concurrency: 1 });
    assert.equal(all(db).length, before.length, 'the report ingested again joins them');
    assert.ok(all(db).every((r) => r.sources!.some((c) => c.kind === 'wg_report')));
  });
});
