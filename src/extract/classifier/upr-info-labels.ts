// UPR Info export (CSV text) → labelled examples for training and evaluation: text, session, line and whether
// UPR Info tagged the row `Rights of the Child`. Pure; the caller reads and decodes the file (latin-1).
import { parse } from 'csv-parse/sync';
import { UPR_INFO_CHILD_ISSUE } from '../../core/taxonomy.js';
import { UprError } from '../../core/errors.js';

export interface LabelledRecommendation {
  file: string;
  /** Line where the record starts (header is line 1). */
  line: number;
  session: number;
  text: string;
  /** UPR Info's own label: the row carries the issue `Rights of the Child`. */
  uprInfoChildRights: boolean;
}

/** Reads the rows of one UPR Info export; throws `parse_failed` when it is not a readable UPR Info CSV. */
export function parseLabelledRecommendations(csvText: string, file: string): LabelledRecommendation[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csvText, { columns: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, skip_empty_lines: true, info: true }) as typeof records;
  } catch (err) {
    throw new UprError('parse_failed', `not a readable CSV: ${(err as Error).message}`, { file });
  }
  const out: LabelledRecommendation[] = [];
  let line = 2;
  for (const { record, info } of records) {
    if (record.Text === undefined || record.Session === undefined) throw new UprError('parse_failed', 'not a UPR Info export (no Text/Session column)', { file });
    const issues = (record.Issue ?? '').split(',').map((s) => s.trim());
    const text = record.Text.trim();
    if (text) out.push({ file, line, session: Number(record.Session), text, uprInfoChildRights: issues.includes(UPR_INFO_CHILD_ISSUE) });
    line = info.lines + 1;
  }
  return out;
}
