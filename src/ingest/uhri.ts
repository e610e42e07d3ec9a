// UHRI export rows (cells already read from XLSX, CSV or JSON) → validated annotations. Pure: cells in,
// rows and problems out. UPR rows carry the State under review, session, recommending States and position;
// other bodies' rows (treaty bodies, special procedures) their body, type and the States concerned.
import { type Problem, type Parsed, type Response, type State, resolveState } from '../core/index.js';
import { UHRI_FIELDS, type UhriField } from './uhri-columns.js';

/** One row of the sheet: its row number (header is row 1) and its cells by field. */
export interface UhriRecord {
  line: number;
  cells: Partial<Record<UhriField, string>>;
}

export interface UhriRow {
  line: number;
  /** OHCHR Annotation Id (a UUID, lower-cased): the stable key of the annotation. */
  annotationId: string;
  text: string;
  /** `UPR`, `CRC`, `CEDAW`, `SR on the sale of children…` (the `- ` prefix removed). */
  body: string;
  isUpr: boolean;
  /** `Recommendations`, `Concerns/Observations`… */
  types: string[];
  symbol: string | null;
  /** ISO dates (YYYY-MM-DD). */
  published: string | null;
  uhriPublished: string | null;
  statesConcerned: State[];
  regionsConcerned: string[];
  recommendingRegions: string[];
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  /** UPR rows: Working Group session number; null for other bodies. */
  session: number | null;
  recommendingStates: State[];
  /** UPR rows: the State's position (`unknown` when the cell is empty); null for other bodies. */
  position: Response | null;
  positionRaw: string;
}

const POSITIONS: Record<string, Response> = { supported: 'supported', noted: 'noted', '': 'unknown' };

/** A multi-value cell: values on separate lines, each prefixed with `- ` (single values too). */
export function splitUhriValues(cell: string | undefined): string[] {
  if (!cell) return [];
  const out = cell.split(/\r\n|\n|\r/).map((v) => v.trim().replace(/^-\s*/, '').trim()).filter(Boolean);
  return [...new Set(out)];
}

/** `- 45 Session`, `45th session`, `Session 45` → 45. */
export function parseSessionLabel(cell: string): number | undefined {
  const m = /^\D*?(\d{1,2})(?:st|nd|rd|th)?\b\D*$/i.exec(cell.trim());
  return m ? Number(m[1]) : undefined;
}

/** An Excel date serial (`46078`) or an ISO date (`2026-02-24`, with or without time) → YYYY-MM-DD. */
export function parseUhriDate(cell: string): string | undefined {
  const v = cell.trim();
  if (/^\d{4,5}(\.\d+)?$/.test(v)) {
    const serial = Math.floor(Number(v));
    if (serial < 20000 || serial > 80000) return undefined; // 1954–2119: anything else is not a publication date
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(v);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === `${m[1]}-${m[2]}-${m[3]}` ? d.toISOString().slice(0, 10) : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads every record; a row with any problem is left out and its problems returned (naming row and column). */
export function parseUhriRecords(records: readonly UhriRecord[], file: string): Parsed<UhriRow[]> {
  const rows: UhriRow[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const names = new Map<string, State | undefined>(); // a few hundred names repeat across 270,000 rows
  const stateNamed = (name: string) => {
    if (!names.has(name)) names.set(name, resolveState(name));
    return names.get(name);
  };
  for (const rec of records) {
    const row = readRow(rec, file, problems, stateNamed);
    if (!row) continue;
    const first = seen.get(row.annotationId);
    if (first !== undefined) {
      problems.push({ file, line: rec.line, field: UHRI_FIELDS.annotationId, value: row.annotationId, message: `same annotation as line ${first}` });
      continue;
    }
    seen.set(row.annotationId, rec.line);
    rows.push(row);
  }
  return { value: rows, problems };
}

function readRow({ line, cells }: UhriRecord, file: string, problems: Problem[], stateNamed: (name: string) => State | undefined): UhriRow | null {
  const before = problems.length;
  const problem = (field: UhriField, value: string | undefined, message: string) =>
    problems.push({ file, line, field: UHRI_FIELDS[field], value, message });
  const cell = (f: UhriField) => (cells[f] ?? '').trim();
  const states = (f: UhriField) => splitUhriValues(cells[f]).flatMap((name) => {
    const s = stateNamed(name);
    if (!s) problem(f, name, 'unknown State name');
    return s ? [s] : [];
  });
  const date = (f: 'published' | 'uhriPublished') => {
    if (!cell(f)) return null;
    const d = parseUhriDate(cell(f));
    if (!d) problem(f, cell(f), 'expected an Excel date serial (e.g. 46078) or an ISO date (YYYY-MM-DD)');
    return d ?? null;
  };

  const annotationId = cell('annotationId').toLowerCase();
  if (!UUID.test(annotationId)) problem('annotationId', cell('annotationId'), 'expected a UUID');
  const text = cell('text');
  if (!text) problem('text', '', 'empty text');
  const bodies = splitUhriValues(cells.body);
  if (bodies.length !== 1) problem('body', cell('body'), bodies.length === 0 ? 'empty: every annotation has a recommending body' : 'expected one body');
  const body = bodies[0] ?? '';
  const isUpr = body.toUpperCase() === 'UPR';
  const statesConcerned = states('countries');
  if (splitUhriValues(cells.countries).length === 0) problem('countries', '', 'empty: every annotation concerns a State');
  const recommendingStates = states('recommendingStates');
  let session: number | null = null;
  let position: Response | null = null;
  const positionRaw = splitUhriValues(cells.position).join('; ');
  if (isUpr) {
    if (statesConcerned.length > 1) problem('countries', cell('countries'), 'a UPR recommendation concerns one State under review');
    session = parseSessionLabel(cell('session')) ?? null;
    if (session === null || session < 1) problem('session', cell('session'), 'expected a Working Group session, e.g. "- 45 Session"');
    position = POSITIONS[positionRaw.toLowerCase()] ?? null;
    if (position === null) problem('position', positionRaw, 'unknown UPR position: expected Supported, Noted or empty');
  }
  const published = date('published');
  const uhriPublished = date('uhriPublished');
  if (problems.length > before) return null;
  return {
    line, annotationId, text, body, isUpr, types: splitUhriValues(cells.type), symbol: splitUhriValues(cells.symbol)[0] ?? null,
    published, uhriPublished, statesConcerned, regionsConcerned: splitUhriValues(cells.regions),
    recommendingRegions: splitUhriValues(cells.recommendingRegions), themes: splitUhriValues(cells.themes),
    affectedPersons: splitUhriValues(cells.affectedPersons), sdgs: splitUhriValues(cells.sdgs),
    session, recommendingStates, position, positionRaw,
  };
}
