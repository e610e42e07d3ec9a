import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createApp } from './index.js';
import { openStore, ensureReview, ensureSource, importUprInfoRows, savePosition, upsertDocumentRecommendations } from '../store/index.js';
import { parseUprInfoCsv } from '../ingest/index.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

/** A store where UPR Info says noted and the Working Group report supported, for one recommendation. */
function mergedStore() {
  const db = openStore(':memory:');
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'u.csv', fileName: 'u.csv', sha256: 'csv', sizeBytes: 1 }, parseUprInfoCsv(
    'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\nSlovenia,EEG,EU,Prohibit corporal punishment of children in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,34\n', 'u.csv').value);
  const reviewId = ensureReview(db, 'SVN', 3, 34);
  const sourceId = ensureSource(db, { kind: 'document', path: 'r.pdf', fileName: 'r.pdf', sha256: 'r', sizeBytes: 1 });
  const documentId = Number(db.prepare("INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, 'A/HRC/43/15', 'wg_report', ?, '2020')").run(sourceId, reviewId).lastInsertRowid);
  const origin = { documentId, sourceId, reviewId, stateIso3: 'SVN', cycle: 3, symbol: 'A/HRC/43/15' };
  const { ids } = upsertDocumentRecommendations(db, origin, [{ paragraph: '122.2', text: 'Prohibit corporal punishment of children in all settings (Sweden);', recommendingStates: ['SWE'], locator: 'para 122.2, page 5' }]);
  savePosition(db, ids.get('122.2')!, origin, { paragraph: '122.2', response: 'supported', locator: 'para 122.2' }, 1);
  return { db, id: ids.get('122.2')! };
}

describe('the sources of a merged recommendation on the web', () => {
  it('lists each source with its position on the recommendation page, and the disagreement', async () => {
    const { db, id } = mergedStore();
    const app = createApp(db, { today: () => '2026-11-28' });
    const html = await (await app.request(`/recommendations/${id}`)).text();
    assert.match(html, /<h2 id="sources">Sources<\/h2>/);
    assert.match(html, /The sources disagree on: position\./);
    assert.match(html, /Working Group report<\/td><td>A\/HRC\/43\/15, para 122\.2, page 5<\/td>/);
    assert.match(html, /UPR Info database<\/td><td>u\.csv, line 2<\/td>/);
    assert.deepEqual(await htmlValidationErrors(html, 'recommendation page'), []);
  });

  it('exports the sources and the disagreement as two columns, and in the JSON API', async () => {
    const { db, id } = mergedStore();
    const app = createApp(db, { today: () => '2026-11-28' });
    const rows = parse(await (await app.request('/export.csv')).text(), { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.length, 1, 'one recommendation, not one per source');
    assert.equal(rows[0]!.disagreement, 'position');
    assert.equal(rows[0]!.sources, 'wg_report A/HRC/43/15 para 122.2, page 5: supported (SWE); upr_info u.csv line 2: noted (SWE)');
    const json = await (await app.request(`/api/recommendations/${id}`)).json() as { response: string; sources: { kind: string }[]; disagreement: string[] };
    assert.deepEqual([json.response, json.sources.map((s) => s.kind), json.disagreement], ['supported', ['wg_report', 'upr_info'], ['position']]);
  });
});
