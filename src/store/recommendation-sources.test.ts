import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureReview, ensureSource, importUprInfoRows, getRecommendations, savePosition, upsertDocumentRecommendations, type Db } from './index.js';
import { parseUprInfoCsv } from '../ingest/index.js';

const CSV = `To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
Slovenia,EEG,EU,Ratify the International Convention for the Protection of All Persons from Enforced Disappearance,France,WEOG,EU,Accepted,4,International instruments,34
Slovenia,EEG,EU,Ratify the International Convention for the Protection of All Persons from Enforced Disappearance,Lithuania,EEG,EU,Accepted,4,International instruments,34
Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,34
Slovenia,EEG,EU,Establish an independent ombudsman for children,Chile,GRULAC,,Accepted,5,Rights of the Child,34
`;

const REPORT = [
  { paragraph: '122.1', text: 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);', recommendingStates: ['FRA', 'LTU'], locator: 'para 122.1, page 5' },
  { paragraph: '122.2', text: 'Prohibit corporal punishment of children in all settings, including the home (Sweden);', recommendingStates: ['SWE'], locator: 'para 122.2, page 5' },
  { paragraph: '122.3', text: 'Adopt a national action plan against trafficking in persons (Germany);', recommendingStates: ['DEU'], locator: 'para 122.3, page 5' },
];

function importCsv(db: Db) {
  return importUprInfoRows(db, { kind: 'upr-info-csv', path: 'u.csv', fileName: 'u.csv', sha256: 'csv', sizeBytes: 1 }, parseUprInfoCsv(CSV, 'u.csv').value);
}

/** Stores a document of the review (again) as the extraction does: its recommendations (a report), then its positions. */
function storeDocument(db: Db, symbol: string, type: string, positions: Record<string, 'supported' | 'noted'>, precedence: number) {
  const reviewId = ensureReview(db, 'SVN', 3, 34);
  const sourceId = ensureSource(db, { kind: 'document', path: `${symbol}.pdf`, fileName: `${symbol}.pdf`, sha256: symbol, sizeBytes: 1 });
  const stored = db.prepare('SELECT id FROM documents WHERE source_id = ?').get(sourceId) as { id: number } | undefined;
  const documentId = stored?.id ?? Number(db.prepare(`INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, ?, ?, ?, '2020')`)
    .run(sourceId, symbol, type, reviewId).lastInsertRowid);
  const origin = { documentId, sourceId, reviewId, stateIso3: 'SVN', cycle: 3, symbol };
  const ids = type === 'wg_report' ? upsertDocumentRecommendations(db, origin, REPORT).ids
    : new Map((db.prepare("SELECT paragraph, id FROM recommendations WHERE origin = 'document'").all() as { paragraph: string; id: number }[]).map((r) => [r.paragraph, r.id]));
  for (const [paragraph, response] of Object.entries(positions)) savePosition(db, ids.get(paragraph)!, origin, { paragraph, response, locator: `para ${paragraph}` }, precedence);
}

const report = (db: Db) => storeDocument(db, 'A/HRC/43/15', 'wg_report', { '122.1': 'supported', '122.2': 'supported' }, 1);

/** Everything stored about the recommendations, without row ids. */
function snapshot(db: Db) {
  const ids = (db.prepare('SELECT id FROM recommendations ORDER BY natural_key').all() as { id: number }[]).map((r) => r.id);
  return getRecommendations(db, ids).map(({ id: _id, ...r }) => r);
}

describe('one recommendation, many sources', () => {
  it('stores a recommendation found in UPR Info and in the report once, with both sources, whichever comes first', () => {
    const a = openStore(':memory:');
    const first = importCsv(a);
    report(a);
    const b = openStore(':memory:');
    report(b);
    const second = importCsv(b);
    assert.deepEqual([first.added, first.merged, second.added, second.merged], [4, 0, 4, 3]);
    assert.deepEqual(snapshot(a), snapshot(b));
    const recs = snapshot(a);
    assert.equal(recs.length, 4, 'three from the report (two of them with UPR Info sources) and the ombudsman from UPR Info only');
    const ced = recs.find((r) => r.paragraph === '122.1')!;
    assert.deepEqual(ced.sources!.map((c) => [c.kind, c.recommendingStates.join()]), [['wg_report', 'FRA,LTU'], ['upr_info', 'FRA'], ['upr_info', 'LTU']]);
    assert.deepEqual([ced.issues, ced.actionCategory, ced.disagreement], [['International instruments'], 4, []]);
    const ombudsman = recs.find((r) => r.paragraph === null)!;
    assert.deepEqual(ombudsman.sources!.map((c) => c.kind), ['upr_info']);
  });

  it('adds nothing when run again, in either order', () => {
    const db = openStore(':memory:');
    importCsv(db);
    report(db);
    const before = snapshot(db);
    assert.deepEqual(importCsv(db), { rows: 4, added: 0, alreadyStored: 4, updated: 0, pledges: 0, merged: 0 });
    report(db);
    assert.deepEqual(snapshot(db), before);
    assert.equal((db.prepare('SELECT count(*) AS n FROM recommendation_claims').get() as { n: number }).n, 7, 'four UPR Info records, three report paragraphs');
  });

  it('chooses the position by precedence and shows where the sources disagree', () => {
    const db = openStore(':memory:');
    importCsv(db);
    report(db);
    const punishment = () => snapshot(db).find((r) => r.paragraph === '122.2')!;
    // UPR Info says noted, the report supported: the report wins over UPR Info.
    assert.deepEqual([punishment().response, punishment().responseSource, punishment().disagreement], ['supported', 'A/HRC/43/15, para 122.2', ['position']]);
    // The State's own addendum wins over both.
    storeDocument(db, 'A/HRC/43/15/Add.1', 'wg_report_addendum', { '122.2': 'noted' }, 2);
    const p = punishment();
    assert.deepEqual([p.response, p.responseSource], ['noted', 'A/HRC/43/15/Add.1, para 122.2']);
    assert.deepEqual(p.sources!.map((c) => [c.kind, c.response]), [['addendum', 'noted'], ['wg_report', 'supported'], ['upr_info', 'noted']]);
  });

  it('shows a disagreement on recommending States and on text', () => {
    const db = openStore(':memory:');
    report(db);
    importUprInfoRows(db, { kind: 'upr-info-csv', path: 'v.csv', fileName: 'v.csv', sha256: 'v', sizeBytes: 1 }, parseUprInfoCsv(
      `${CSV.split('\n').slice(0, 2).join('\n')}\nSlovenia,EEG,EU,Adopt a national action plan against trafficking in women,Germany,WEOG,EU,Accepted,4,Trafficking,34\n`, 'v.csv').value);
    const plan = snapshot(db).find((r) => r.paragraph === '122.3')!;
    assert.deepEqual(plan.disagreement, ['text']);
    assert.equal(plan.text, REPORT[2]!.text, 'the report\'s text is kept');
    const ced = snapshot(db).find((r) => r.paragraph === '122.1')!;
    assert.deepEqual(ced.disagreement, ['recommending States'], 'UPR Info names France only, the report France and Lithuania');
  });
});
