// Reads a UHRI export file — XLSX (first sheet, streamed), CSV or JSON of the same columns — into records
// of cells by field, then validates them (uhri.ts). The format is recognised from the bytes, not the name.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse, CsvError } from 'csv-parse/sync';
import { type Parsed, UprError } from '../core/index.js';
import { decodeText } from './decode-text.js';
import { mapUhriHeader, type UhriField } from './uhri-columns.js';
import { parseUhriRecords, type UhriRecord, type UhriRow } from './uhri.js';

export type UhriFormat = 'xlsx' | 'csv' | 'json';

/** XLSX is a ZIP (`PK\3\4`); JSON starts with `[` or `{`; anything else is read as CSV. */
export function detectUhriFormat(bytes: Uint8Array): UhriFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x5b || b === 0x7b ? 'json' : 'csv';
  }
  return 'csv';
}

/** Reads and validates a UHRI export. Throws when the file is unusable (not a UHRI sheet, broken CSV/JSON/XLSX). */
export async function readUhriExport(bytes: Uint8Array, file: string): Promise<Parsed<UhriRow[]> & { format: UhriFormat }> {
  const format = detectUhriFormat(bytes);
  const records = format === 'xlsx' ? await xlsxRecords(bytes, file) : format === 'json' ? jsonRecords(bytes, file) : csvRecords(bytes, file);
  return { ...parseUhriRecords(records, file), format };
}

function toRecords(header: string[], rows: Iterable<[line: number, cells: string[]]>, file: string): UhriRecord[] {
  const fields = mapUhriHeader(header, file);
  const out: UhriRecord[] = [];
  for (const [line, values] of rows) {
    if (values.every((v) => v.trim() === '')) continue;
    const cells: Partial<Record<UhriField, string>> = {};
    fields.forEach((f, i) => { if (f) cells[f] = values[i] ?? ''; });
    out.push({ line, cells });
  }
  return out;
}

function csvRecords(bytes: Uint8Array, file: string): UhriRecord[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeText(bytes).text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = err instanceof CsvError ? (err as CsvError & { lines?: number }).lines : undefined;
    throw new UprError('parse_failed', `not a readable CSV: ${(err as Error).message}`, { file, line });
  }
  const [head, ...rest] = records;
  if (!head) throw new UprError('invalid_input', 'empty file: expected a UHRI export with a header row', { file });
  let previousEnd = head.info.lines;
  const rows = rest.map(({ record, info }): [number, string[]] => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return [line, record];
  });
  return toRecords(head.record.map((h) => h.trim()), rows, file);
}

function jsonRecords(bytes: Uint8Array, file: string): UhriRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes).text);
  } catch (err) {
    throw new UprError('parse_failed', `not readable JSON: ${(err as Error).message}`, { file });
  }
  const items = Array.isArray(data) ? data : (data as { rows?: unknown }).rows;
  if (!Array.isArray(items) || items.some((x) => typeof x !== 'object' || x === null || Array.isArray(x))) {
    throw new UprError('invalid_input', 'expected a JSON array of objects keyed by the UHRI column names', { file });
  }
  const header = [...new Set((items as Record<string, unknown>[]).flatMap((o) => Object.keys(o)))];
  const rows = (items as Record<string, unknown>[]).map((o, i): [number, string[]] => [i + 1, header.map((h) => cellText(o[h]))]);
  return toRecords(header, rows, file);
}

async function xlsxRecords(bytes: Uint8Array, file: string): Promise<UhriRecord[]> {
  // Styles are not read, so date cells arrive as Excel serials, which uhri.ts reads like OHCHR's own.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  });
  let header: string[] | undefined;
  const rows: [number, string[]][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (!header) header = values.map((v) => v.trim());
        else rows.push([row.number, values]);
      }
      break; // the first sheet only
    }
  } catch (err) {
    throw new UprError('parse_failed', `not a readable XLSX workbook: ${(err as Error).message}`, { file });
  }
  if (!header) throw new UprError('invalid_input', 'the first sheet is empty: expected a UHRI export with a header row', { file });
  return toRecords(header, rows, file);
}

/** A cell as text: rich text joined, formulas by their result, dates as ISO dates. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
  }
  return String(v);
}
