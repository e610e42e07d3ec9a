// Export writers: CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents), JSON Lines and XLSX.
// Records arrive as an iterable so exports of any size stream without a row limit.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FLAT_COLUMNS, flatten, type ExportRecord } from './records.js';

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'xlsx'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Writes `records` to `out` in `format`; resolves with the number of records written. */
export async function writeExport(format: ExportFormat, records: Iterable<ExportRecord>, out: Writable): Promise<number> {
  if (format === 'xlsx') return writeXlsx(records, out);
  let n = 0;
  let chunk = format === 'csv' ? '\ufeff' + FLAT_COLUMNS.join(',') + '\r\n' : '';
  for (const r of records) {
    chunk += format === 'csv' ? csvLine(Object.values(flatten(r))) : JSON.stringify(r) + '\n';
    n++;
    if (chunk.length > 1 << 16) {
      await write(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await write(out, chunk);
  return n;
}

function csvLine(values: (string | number | null)[]): string {
  return values.map((v) => (v === null ? '' : csvField(typeof v === 'string' ? neutraliseFormula(v) : String(v)))).join(',') + '\r\n';
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula. Such text
 * cells get a leading apostrophe, which spreadsheets show as text; numbers are written as they are.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}

async function writeXlsx(records: Iterable<ExportRecord>, out: Writable): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Recommendations', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = FLAT_COLUMNS.map((c) => ({ header: c, key: c, width: c === 'text' ? 80 : c === 'url' ? 40 : 18 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for (const r of records) {
    const row = flatten(r);
    const excelRow = ws.addRow(row);
    if (row.url) excelRow.getCell('url').value = { text: String(row.url), hyperlink: String(row.url) };
    excelRow.commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}
