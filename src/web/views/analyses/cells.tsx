// One table cell of an analysis on the page: counts link to the search listing their records (a share or a
// specialisation links to its numerator's search), records to their page, reasons are a list of sentences.
import type { Cell, Column } from '../../../analysis/index.js';
import { describeReason, isLinked, isListed, isParagraphCount, isReasons, valueLabel } from '../../../analysis/index.js';
import type { Locale } from '../../../core/index.js';
import type { RecommendationFilters } from '../../../store/index.js';
import { searchQueryString } from '../../search-params.js';
import { paragraphsHref } from '../../paragraph-query.js';

/** The search page URL listing the records of `filters`. */
export const searchHref = (filters: RecommendationFilters) => `/?${searchQueryString({ filters })}`;

/** A number in the locale: a share as a percentage, an index with two decimals. */
export function formatNumber(loc: Locale, kind: Column['kind'], n: number): string {
  if (kind === 'share') return `${loc.num(Math.round(n * 1000) / 10)} %`;
  return loc.num(n);
}

export function CellView({ loc, column, cell }: { loc: Locale; column: Column; cell: Cell | undefined }) {
  if (cell === null || cell === undefined) return <>–</>;
  if (isReasons(cell)) {
    return <ul class="reasons">{cell.map((r) => <li>{r.filters ? <a href={searchHref(r.filters)}>{describeReason(loc, r)}</a> : describeReason(loc, r)} ({loc.num(r.points)})</li>)}</ul>;
  }
  if (isLinked(cell)) return <a href={searchHref(cell.filters)} class={column.kind}>{formatNumber(loc, column.kind, cell.value)}</a>;
  if (isListed(cell)) return <a href={cell.href} class={column.kind}>{formatNumber(loc, column.kind, cell.value)}</a>;
  // Paragraphs of UN documents are listed by the paragraph search, not the recommendation search.
  if (isParagraphCount(cell)) return <a href={paragraphsHref(cell.paragraphs)} class={column.kind}>{formatNumber(loc, column.kind, cell.value)}</a>;
  if (column.kind === 'record' && typeof cell === 'number') return <a href={`/recommendations/${cell}`}>{String(cell)}</a>;
  if (column.kind === 'value' && typeof cell === 'string') return <>{valueLabel(loc, column.facet, cell)}</>;
  return <>{typeof cell === 'number' ? formatNumber(loc, column.kind, cell) : cell}</>;
}

/** Right-aligned columns: numbers. */
export const isNumeric = (c: Column) => ['count', 'share', 'index', 'points', 'record'].includes(c.kind);
