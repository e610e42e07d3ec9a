// The follow-up matrix of a workspace tracking Slovenia's cycle-2 recommendations (the Working Group report
// A/HRC/28/15 and its addendum, ingested from ../shared/data), written as XLSX and DOCX and read back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openStore, trackReview, trackedRecommendations, saveAssessment, addEvidence, workspaceAssessments, listEvidence, createWorkspace, type Db } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { matrixXlsx } from '../src/export/index.js';
import { renderMatrixDocx, renderOutlineDocx } from '../src/report/index.js';
import { draftOutline, matrixRows, MATRIX_COLUMNS, type MatrixAssessment, type ImplementationStatus } from '../src/followup/index.js';
import { sharedPath } from './support/shared-data.js';

function rowsOf(db: Db, ws: number) {
  const evidence = listEvidence(db, ws);
  const assessments = new Map(workspaceAssessments(db, ws).map((a): [number, MatrixAssessment] => [a.recommendationId, {
    status: a.status as ImplementationStatus, text: a.text, responsibleBody: a.responsibleBody,
    evidence: evidence.filter((e) => e.recommendationId === a.recommendationId),
  }]));
  return matrixRows(trackedRecommendations(db, ws), assessments);
}

describe('follow-up matrix of Slovenia, cycle 2', () => {
  it('opens as XLSX and DOCX with one row per recommendation, its position, status and evidence', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf');
    const addendum = sharedPath(t, 'slovenia', 'cycle2', 'g1504261.pdf');
    if (!report || !addendum) return;
    const db = openStore(':memory:');
    t.after(() => db.close());
    await ingestDocuments(db, [report, addendum]);
    const ws = createWorkspace(db, null, 'Slovenian child-rights coalition', ['Slovenian child-rights NGO']).id;
    trackReview(db, ws, 'SVN', 2, '2016-01-01');
    const stored = db.prepare(`SELECT r.id, r.paragraph, r.text, r.response FROM recommendations r JOIN reviews v ON v.id = r.review_id WHERE v.state_iso3 = 'SVN' AND v.cycle = 2`)
      .all() as { id: number; paragraph: string; text: string; response: string }[];
    assert.ok(stored.length > 100, `${stored.length} recommendations stored`);
    const roma = stored.find((r) => /Roma/.test(r.text) && /child/i.test(r.text))!;
    saveAssessment(db, ws, roma.id, { status: 'partially_implemented', text: 'Roma assistants in schools; segregated classes remain', responsibleBody: 'Ministry of Education', version: null }, null, '2017-01-01');
    addEvidence(db, ws, roma.id, { source: 'Mid-term report of Slovenia', date: '2017-03-01', link: 'https://www.ohchr.org/', documentId: null, attachment: null, quotation: '=Roma assistants were employed' }, null, '2017-03-02');
    const rows = rowsOf(db, ws);

    const wb = new ExcelJS.Workbook();
    const bytes = await matrixXlsx(rows);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet('Follow-up matrix')!;
    assert.equal(sheet.rowCount, stored.length + 1);
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), MATRIX_COLUMNS.map((c) => c.label));
    const cells = (sheet.getRow(2 + rows.findIndex((r) => r.id === roma.id)).values as unknown[]).slice(1);
    assert.deepEqual([cells[0], cells[1], cells[2], cells[4], cells[6], cells[9]], [roma.paragraph, roma.text, 'A/HRC/28/15', roma.response, 'Partially implemented', 'Ministry of Education']);
    assert.match(String(cells[8]), /^Mid-term report of Slovenia \(2017-03-01\) — “=Roma/, 'a quotation starting with = is text, not a formula');
    const paragraphs = sheet.getColumn(1).values.slice(2) as string[];
    assert.deepEqual(new Set(paragraphs), new Set(stored.map((r) => r.paragraph)));
    assert.equal(sheet.getRow(2).getCell(7).value, rows[0]!.status ? 'Partially implemented' : 'Not assessed');

    const docx = await JSZip.loadAsync(await renderMatrixDocx(rows, 'Slovenia, cycle 2: follow-up matrix'));
    const xml = await docx.file('word/document.xml')!.async('string');
    assert.equal((xml.match(/<w:tr[ >]/g) ?? []).length, stored.length + 1);
    assert.ok(xml.includes('Roma assistants in schools; segregated classes remain') && xml.includes('Ministry of Education'));
    for (const r of stored.slice(0, 20)) assert.ok(xml.includes(`>${r.paragraph}<`), `paragraph ${r.paragraph} in the DOCX`);

    const outline = await JSZip.loadAsync(await renderOutlineDocx(draftOutline(rows), 'Draft submission'));
    const outlineXml = await outline.file('word/document.xml')!.async('string');
    assert.ok(outlineXml.includes('Status: Partially implemented — responsible: Ministry of Education'));
  });
});
