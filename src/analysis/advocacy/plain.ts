// Tables as plain values for text, CSV and XLSX: headers and codes named in the reader's language, counts as
// numbers, shares as fractions, reasons as sentences.
import { childIssueLabel, documentTypeLabel, responseLabel, stateName, type Locale, type MessageKey } from '../../core/index.js';
import type { Cell, Column, Table } from './types.js';
import { isLinked, isListed, isParagraphCount, isReasons } from './types.js';
import { describeReason } from './reasons.js';

/** Name of one value of a facet (`childIssue`, `by`, `state`, `group`, `response`, `docType`, `action`, `continuity`). */
export function valueLabel(loc: Locale, facet: string | undefined, value: string): string {
  // Lists of codes ("ITA, SGP", "child_labour, education") name each.
  if (value.includes(', ') && (facet === 'childIssue' || facet === 'by' || facet === 'state')) return value.split(', ').map((v) => valueLabel(loc, facet, v)).join(', ');
  switch (facet) {
    case 'childIssue': return childIssueLabel(loc, value);
    case 'by': case 'state': return stateName(value, loc.lang);
    case 'group': return loc.t(`grp_${value}` as MessageKey);
    case 'response': return responseLabel(loc, value);
    case 'docType': return documentTypeLabel(loc, value);
    case 'origin': return loc.t(`origin_${value}` as MessageKey);
    case 'action': return loc.t('anActionN', { n: value });
    case 'continuity': return loc.t(`anStatus_${value}` as MessageKey);
    case 'submitterKind': return loc.t(`anKind_${value}` as MessageKey);
    case 'gapStatus': case 'gapMatch': case 'crcKind': return loc.t(`${facet}_${value}` as MessageKey);
    default: return value;
  }
}

/** A column's header in the locale's language. */
export function columnHeader(loc: Locale, c: Column): string {
  return typeof c.label === 'string' ? loc.t(c.label) : valueLabel(loc, c.label.facet, c.label.value);
}

/** A cell as a plain value: numbers stay numbers, codes become names, reasons become sentences joined by "; ". */
export function plainCell(loc: Locale, c: Column, cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (isReasons(cell)) return cell.map((r) => describeReason(loc, r)).join('; ');
  if (isLinked(cell) || isListed(cell) || isParagraphCount(cell)) return cell.value;
  if (c.kind === 'value' && typeof cell === 'string') return valueLabel(loc, c.facet, cell);
  return cell;
}

/** Headers and rows of plain values. */
export function plainTable(loc: Locale, t: Table): { headers: string[]; rows: (string | number | null)[][] } {
  return { headers: t.columns.map((c) => columnHeader(loc, c)), rows: t.rows.map((r) => t.columns.map((c) => plainCell(loc, c, r[c.key] ?? null))) };
}
