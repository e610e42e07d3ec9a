// Tables of figures (the advocacy analyses) as CSV text or an XLSX workbook with one sheet per table.
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './writers.js';

export type TableFormat = 'csv' | 'xlsx';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'xlsx'];

export interface PlainSheet {
  name: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const field = (v: string | number | null): string => {
  if (v === null) return '';
  const s = typeof v === 'string' ? neutraliseFormula(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One table as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents). */
export function tableCsv(sheet: PlainSheet): string {
  return '\ufeff' + [sheet.headers, ...sheet.rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Every table as a sheet of one XLSX workbook (sheet names cut to Excel's 31 characters). */
export async function tablesXlsx(sheets: PlainSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    for (let k = 2; used.has(name); k++) name = `${s.name.slice(0, 28)} ${k}`;
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.headers).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)));
    ws.columns.forEach((c, i) => { c.width = Math.min(60, Math.max(10, s.headers[i]!.length + 2)); });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
