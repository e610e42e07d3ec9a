// The JSON form of an analysis, the same for `upr analyse --json` and /api/analyses/<name>: codes stay
// codes, every count carries the filters of the search that lists its records, reasons are sentences
// with their points.
import type { Locale } from '../../core/index.js';
import type { AnalysisResult, Cell } from './types.js';
import { isLinked, isListed, isParagraphCount, isReasons } from './types.js';
import { columnHeader } from './plain.js';
import { describeReason } from './reasons.js';

function jsonCell(loc: Locale, cell: Cell | undefined): unknown {
  if (cell === undefined) return null;
  if (isReasons(cell)) return cell.map((r) => ({ text: describeReason(loc, r), points: r.points, ...(r.filters ? { filters: r.filters } : {}) }));
  if (isLinked(cell)) return { value: cell.value, filters: cell.filters };
  if (isListed(cell)) return { value: cell.value, href: cell.href };
  if (isParagraphCount(cell)) return { value: cell.value, paragraphs: cell.paragraphs };
  return cell;
}

/** The analysis as plain JSON, headers and reasons in the locale's language. */
export function analysisJson(loc: Locale, r: AnalysisResult): object {
  return {
    analysis: r.analysis, scope: r.scope, params: r.params, notes: (r.notes ?? []).map((n) => loc.t(n.key, n.vars)),
    facts: r.facts.map((f) => ({ name: f.key, label: loc.t(f.key), value: f.value, ...(f.filters ? { filters: f.filters } : {}), ...(f.href ? { href: f.href } : {}) })),
    tables: r.tables.map((t) => ({
      name: t.name, title: loc.t(t.title),
      columns: t.columns.map((c) => ({ key: c.key, header: columnHeader(loc, c), kind: c.kind })),
      rows: t.rows.map((row) => Object.fromEntries(t.columns.map((c) => [c.key, jsonCell(loc, row[c.key])]))),
    })),
  };
}
