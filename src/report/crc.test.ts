import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, importUhriRows } from '../store/index.js';
import { readUhriExport } from '../ingest/index.js';
import { buildReviewReport, renderReportMarkdown, renderReportHtml } from './index.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

const XLSX = fileURLToPath(new URL('../../test/fixtures/uhri/uhri-slovenia.xlsx', import.meta.url));

describe("report: the CRC's own recommendations on the State", () => {
  it('lists the CRC texts of the State (not other bodies), in HTML and Markdown, and leaves reports without them unchanged', async () => {
    const db = openStore(':memory:');
    const rows = (await readUhriExport(readFileSync(XLSX), XLSX)).value;
    importUhriRows(db, { kind: 'uhri', path: XLSX, fileName: 'uhri-slovenia.xlsx', sha256: 'x', sizeBytes: 1 }, rows.filter((r) => r.isUpr));
    assert.equal(buildReviewReport(db, 'SVN', 3).crc, undefined, 'no CRC text stored: no section');
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
    db.close();
  });
});
