// UPR Info database export (CSV) → validated rows, one per (recommendation, recommending State).
// Pure: text in, rows and problems out. State names are resolved against the reference data.
import { parse, CsvError } from 'csv-parse/sync';
import { type Problem, type Parsed, type Response, type State, resolveState, UprError } from '../core/index.js';

export const UPR_INFO_COLUMNS = ['To', 'To-Rgrp', 'To-Org', 'Text', 'From', 'From-Rgrp', 'From-Org', 'Response', 'Action', 'Issue', 'Session'] as const;
const REQUIRED = ['To', 'Text', 'From', 'Response', 'Session'] as const;

/** UPR Info writes `(Unknown)` (HTML-escaped) where it did not know the recommending State. */
const UNKNOWN_STATE = /^(&#40;|\()unknown(&#41;|\))$/i;

export interface UprInfoRow {
  /** Line of the file where the record starts (1-based, header is line 1). */
  line: number;
  /** A recommendation, or a voluntary pledge of the State under review (Response "Voluntary Pledge"). */
  kind: 'recommendation' | 'pledge';
  stateUnderReview: State;
  /** Null when UPR Info marks the recommending State as unknown. */
  recommendingState: State | null;
  text: string;
  response: Response;
  responseRaw: string;
  actionCategory: number | null;
  issues: string[];
  session: number;
}

const RESPONSES: Record<string, Response> = {
  accepted: 'supported',
  supported: 'supported',
  noted: 'noted',
  rejected: 'noted',
  pending: 'pending',
  '': 'unknown',
};

/**
 * Parses a UPR Info export. Throws `parse_failed` when the CSV structure itself is broken (unclosed
 * quote, missing header columns); returns per-row problems (unknown State, bad session, truncated
 * line…) alongside the rows it could read.
 */
export function parseUprInfoCsv(text: string, file: string): Parsed<UprInfoRow[]> {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => checkHeader(header.map((h) => h.trim()), file),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as typeof records;
  } catch (err) {
    if (err instanceof UprError) throw err;
    const line = err instanceof CsvError ? (err as CsvError & { lines?: number }).lines : undefined;
    throw new UprError('parse_failed', `not a readable CSV: ${(err as Error).message}`, { file, line });
  }
  const rows: UprInfoRow[] = [];
  const problems: Problem[] = [];
  let previousEnd = 1;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const row = readRow(record, line, file, problems);
    if (row) rows.push(row);
  }
  return { value: rows, problems };
}

function checkHeader(header: string[], file: string): string[] {
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new UprError('invalid_input', `not a UPR Info export: header lacks ${missing.join(', ')} (found: ${header.join(', ')})`, { file, line: 1 });
  }
  return header;
}

function readRow(r: Record<string, string>, line: number, file: string, problems: Problem[]): UprInfoRow | null {
  const before = problems.length;
  const problem = (field: string, value: string | undefined, message: string) =>
    problems.push({ file, line, field, value, message });

  for (const c of REQUIRED) {
    if (r[c] === undefined) problem(c, undefined, 'missing (truncated line?)');
  }
  if (problems.length > before) return null;

  const to = resolveState(r.To!);
  if (!to) problem('To', r.To, 'unknown State name');
  const fromRaw = r.From!.trim();
  const from = UNKNOWN_STATE.test(fromRaw) ? null : resolveState(fromRaw);
  if (from === undefined) problem('From', fromRaw, 'unknown State name');
  const text = r.Text!.trim();
  if (!text) problem('Text', '', 'empty recommendation text');
  const isPledge = /^voluntary pledges?$/i.test(r.Response!.trim());
  const response = isPledge ? 'unknown' : RESPONSES[r.Response!.trim().toLowerCase()];
  if (!response) problem('Response', r.Response, 'expected Accepted, Noted, Rejected, Pending, Voluntary Pledge or empty');
  const session = Number(r.Session!.trim());
  if (!Number.isInteger(session) || session < 1 || session > 99) problem('Session', r.Session, 'expected a session number');
  const actionRaw = (r.Action ?? '').trim();
  const action = actionRaw === '' ? null : Number(actionRaw);
  if (action !== null && !(Number.isInteger(action) && action >= 1 && action <= 5)) {
    problem('Action', actionRaw, 'expected an action category 1-5');
  }
  if (problems.length > before) return null;

  return {
    line,
    kind: isPledge ? 'pledge' : 'recommendation',
    stateUnderReview: to!,
    recommendingState: from ?? null,
    text,
    response: response!,
    responseRaw: r.Response!.trim(),
    actionCategory: action,
    issues: splitIssues(r.Issue ?? ''),
    session,
  };
}

/** The `Issue` column holds a comma-separated list: `Rights of the Child,Women's rights`. */
export function splitIssues(value: string): string[] {
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}
