// Export writers: CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents), JSON Lines and XLSX.
// Records arrive in pages from an async source, and each format is produced as a stream of byte chunks
// (about one chunk per page) that its reader pulls: nothing waits in memory beyond the page being written.
import type { Writable } from 'node:stream';
import { FLAT_COLUMNS, flatten, type ExportRecord, type FlatRow } from './records.js';
import { xlsxStream } from './xlsx.js';

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'xlsx'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The bytes of `pages` written as `format`, chunk by chunk as the reader asks for them. */
export function exportBytes(format: ExportFormat, pages: AsyncIterable<ExportRecord[]>): AsyncGenerator<Uint8Array> {
  if (format === 'xlsx') return xlsxStream(flatPages(pages));
  return format === 'csv' ? csvStream(pages) : jsonlStream(pages);
}

async function* flatPages(pages: AsyncIterable<ExportRecord[]>): AsyncGenerator<FlatRow[]> {
  for await (const page of pages) yield page.map(flatten);
}

async function* csvStream(pages: AsyncIterable<ExportRecord[]>): AsyncGenerator<Uint8Array> {
  yield Buffer.from('\ufeff' + FLAT_COLUMNS.join(',') + '\r\n');
  for await (const page of pages) yield Buffer.from(page.map((r) => csvLine(Object.values(flatten(r)))).join(''));
}

async function* jsonlStream(pages: AsyncIterable<ExportRecord[]>): AsyncGenerator<Uint8Array> {
  for await (const page of pages) yield Buffer.from(page.map((r) => JSON.stringify(r) + '\n').join(''));
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

/**
 * Writes `pages` to `out` in `format`, waiting for `out` to drain whenever it is full (backpressure), and
 * resolves with the number of records written; `out` is left open. Rejects when `out` fails or closes early.
 */
export async function writeExport(format: ExportFormat, pages: AsyncIterable<ExportRecord[]>, out: Writable): Promise<number> {
  let n = 0;
  const counted = async function* () {
    for await (const page of pages) {
      n += page.length;
      yield page;
    }
  };
  for await (const chunk of exportBytes(format, counted())) {
    if (out.destroyed) throw new Error('the export output closed early');
    if (!out.write(chunk)) await drained(out);
  }
  return n;
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain).off('error', done).off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the export output closed early'));
    out.on('drain', onDrain).on('error', done).on('close', onClose);
  });
}
