import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  openStore, ensureReview, ensureSource, importUprInfoRows, upsertDocumentRecommendations, getAssessment, saveAssessment, assessmentHistory,
  addEvidence, listEvidence, savePlanItem, listPlan, addExperience, visibleExperiences, trackReview, trackedRecommendations, createWorkspace, type Db,
} from './index.js';
import { UprError } from '../core/index.js';
import { parseUprInfoCsv } from '../ingest/index.js';

const CSV = `To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,34
Slovenia,EEG,EU,Establish an independent ombudsman for children,Chile,GRULAC,,Accepted,5,Rights of the Child,34
`;

function store(): { db: Db; a: number; b: number; ids: number[] } {
  const db = openStore(':memory:');
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'u.csv', fileName: 'u.csv', sha256: 'csv', sizeBytes: 1 }, parseUprInfoCsv(CSV, 'u.csv').value);
  const ids = (db.prepare('SELECT id FROM recommendations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  return { db, a: addTestWorkspace(db, 'Coalition A'), b: addTestWorkspace(db, 'Coalition B'), ids };
}

const addTestWorkspace = (db: Db, name: string) => createWorkspace(db, null, name, [`${name} NGO`]).id;
const conflict = (e: unknown) => e instanceof UprError && e.code === 'conflict';

describe('follow-up store', () => {
  it('keeps every version of an assessment and refuses a stale version', () => {
    const { db, a, ids: [id] } = store();
    const first = saveAssessment(db, a, id!, { status: 'not_started', text: null, responsibleBody: 'Ministry of Labour', version: null }, null, '2016-01-01T00:00:00Z');
    assert.equal(first.before, undefined);
    assert.equal(first.after.version, 1);
    assert.throws(() => saveAssessment(db, a, id!, { status: 'regressed', text: null, responsibleBody: null, version: null }, null, 'x'), conflict);
    saveAssessment(db, a, id!, { status: 'partially_implemented', text: 'Draft law', responsibleBody: 'Ministry of Labour', version: 1 }, null, '2016-06-01T00:00:00Z');
    assert.throws(() => saveAssessment(db, a, id!, { status: 'regressed', text: null, responsibleBody: null, version: 1 }, null, 'x'), conflict);
    assert.deepEqual(assessmentHistory(db, a, id!).map((h) => [h.version, h.status]), [[1, 'not_started'], [2, 'partially_implemented']]);
    assert.equal(getAssessment(db, a, id!)!.text, 'Draft law');
    assert.throws(() => saveAssessment(db, a, 999999, { status: 'unclear', text: null, responsibleBody: null, version: null }, null, 'x'), (e: unknown) => e instanceof UprError && e.code === 'not_found');
  });

  it('keeps each workspace\'s follow-up to itself; only published experiences are shared', () => {
    const { db, a, b, ids: [id] } = store();
    saveAssessment(db, a, id!, { status: 'fully_implemented', text: null, responsibleBody: null, version: null }, null, 't');
    addEvidence(db, a, id!, { source: 'Official Gazette', date: '2016-03-01', link: 'https://www.uradni-list.si/', documentId: null, attachment: null, quotation: null }, null, 't');
    savePlanItem(db, a, id!, { priority: 'high', owner: 'Legal team', targetDate: '2016-12-31' }, null, 't');
    assert.equal(getAssessment(db, b, id!), undefined);
    assert.deepEqual([listEvidence(db, b).length, listPlan(db, b).length], [0, 0]);
    assert.deepEqual(listPlan(db, a).map((p) => [p.priority, p.status]), [['high', 'fully_implemented']]);
    addExperience(db, a, { title: 'Private', text: 'Internal notes', stateIso3: 'SVN', stage: 'lobbying', issues: [], published: false }, null, '2016-01-01');
    addExperience(db, a, { title: 'Shared', text: 'What worked', stateIso3: 'SVN', stage: 'follow_up', issues: ['education'], published: true }, null, '2016-01-02');
    assert.deepEqual(visibleExperiences(db, b).map((x) => x.title), ['Shared']);
    assert.deepEqual(visibleExperiences(db, a).map((x) => x.title), ['Shared', 'Private']);
  });

  it('lists the tracked review\'s recommendations with their recommending States and issues', () => {
    const { db, a } = store();
    trackReview(db, a, 'SVN', 3, 't');
    assert.deepEqual(trackedRecommendations(db, a).map((r) => [r.recommendingStates, r.position, r.issues]), [[['Sweden'], 'noted', ['Rights of the Child']], [['Chile'], 'supported', ['Rights of the Child']]]);
    assert.throws(() => trackReview(db, a, 'SVN', 1, 't'), (e: unknown) => e instanceof UprError && e.code === 'not_found');
  });

  it('moves assessments, evidence and plan to the report\'s row when the report absorbs the UPR Info row', () => {
    const { db, a, ids: [upr] } = store();
    saveAssessment(db, a, upr!, { status: 'regressed', text: 'Bill withdrawn', responsibleBody: null, version: null }, null, 't');
    addEvidence(db, a, upr!, { source: 'Parliament', date: '2017-01-01', link: 'https://www.dz-rs.si/', documentId: null, attachment: null, quotation: null }, null, 't');
    savePlanItem(db, a, upr!, { priority: 'medium', owner: null, targetDate: null }, null, 't');
    const reviewId = ensureReview(db, 'SVN', 3, 34);
    const sourceId = ensureSource(db, { kind: 'document', path: 'r.pdf', fileName: 'r.pdf', sha256: 'r', sizeBytes: 1 });
    const documentId = Number(db.prepare(`INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, 'A/HRC/43/15', 'wg_report', ?, '2020')`).run(sourceId, reviewId).lastInsertRowid);
    const { ids } = upsertDocumentRecommendations(db, { documentId, sourceId, reviewId, stateIso3: 'SVN', cycle: 3, symbol: 'A/HRC/43/15' },
      [{ paragraph: '122.2', text: 'Prohibit corporal punishment of children in all settings, including the home (Sweden);', recommendingStates: ['SWE'], locator: 'para 122.2' }]);
    const survivor = ids.get('122.2')!;
    assert.equal(db.prepare('SELECT 1 FROM recommendations WHERE id = ?').get(upr!), undefined, 'the UPR Info row was absorbed');
    assert.equal(getAssessment(db, a, survivor)?.text, 'Bill withdrawn');
    assert.deepEqual([listEvidence(db, a, [survivor]).length, listPlan(db, a, [survivor]).length, assessmentHistory(db, a, survivor).length], [1, 1, 1]);
  });
});
