import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, importUhriRows } from '../store/index.js';
import { readUhriExport } from '../ingest/index.js';
import { buildReviewReport, renderReportMarkdown, renderReportHtml, renderReportDocx } from './index.js';
import { docxPart } from '../../test/fixtures/report/read-back.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

const XLSX = fileURLToPath(new URL('../../test/fixtures/uhri/uhri-slovenia.xlsx', import.meta.url));

describe("report: the CRC's own recommendations on the State", () => {
  it('lists the CRC texts of the State (not other bodies), in HTML, Markdown and DOCX, and leaves reports without them unchanged', async () => {
    const db = openStore(':memory:');
    const rows = (await readUhriExport(readFileSync(XLSX), XLSX)).value;
    importUhriRows(db, { kind: 'uhri', path: XLSX, fileName: 'uhri-slovenia.xlsx', sha256: 'x', sizeBytes: 1 }, rows.filter((r) => r.isUpr));
    const bare = buildReviewReport(db, 'SVN', 3);
    assert.equal(bare.crc, undefined, 'no CRC text stored: no section');
    importUhriRows(db, { kind: 'uhri', path: XLSX, fileName: 'uhri-slovenia.xlsx', sha256: 'y', sizeBytes: 1 }, rows);
    const r = buildReviewReport(db, 'SVN', 3);
    assert.equal(r.crc!.total, rows.filter((x) => x.body === 'CRC').length);
    assert.ok(r.crc!.items.every((i) => i.body === 'CRC' && i.symbol === 'CRC/C/SVN/CO/3-4'));
    const md = renderReportMarkdown(r);
    assert.match(md, /## The Committee on the Rights of the Child on this State\n\n.*\n\n- CRC recommended that Slovenia/);
    assert.doesNotMatch(md, /CERD remained concerned/);
    const html = renderReportHtml(r, { lang: 'fr' });
    assert.match(html, /<h2 id="crc">Le Comité des droits de l’enfant sur cet État<\/h2>/);
    assert.match(html, /<a href="#crc">/);
    assert.deepEqual(await htmlValidationErrors(html, 'report'), []);
    const docx = docxPart(await renderReportDocx(r, 'es'), 'word/document.xml');
    const heading = docx.indexOf('El Comité de los Derechos del Niño');
    assert.ok(heading > 0, 'the DOCX report has the section, in its language');
    const texts = [...docx.slice(heading).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    for (const i of r.crc!.items) assert.ok(texts.includes(i.text.slice(0, 60).replace(/&/g, '&amp;')), i.text);
    assert.match(texts, /\(CRC, [^)]*CRC\/C\/SVN\/CO\/3-4\)/);
    const without = docxPart(await renderReportDocx(bare), 'word/document.xml');
    assert.doesNotMatch(without, /Committee on the Rights of the Child on this State/);
    db.close();
  });
});
