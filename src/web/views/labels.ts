// Interface labels for data values: responses, cycles, sessions and children's-rights issues in the
// interface language; State names and UPR Info issues stay as the source wrote them. Facet titles and
// value keys come from the store's filter declarations; value labels from the one catalogue (src/core/i18n).
import { FACET_NAMES, FILTERS, isFacetName, type FacetName } from '../../store/index.js';
import { EN, childIssueLabel, documentTypeLabel, responseLabel, type Locale, type MessageKey } from '../../core/index.js';

export { childIssueLabel, documentTypeLabel, responseLabel };

/** Message key of each facet's title (declared with the filter in src/store/filters.ts). */
export const FACET_TITLES = Object.fromEntries(FACET_NAMES.map((n) => [n, FILTERS[n].title])) as Record<FacetName, MessageKey>;

/** Order of facets on the search page: children's-rights issues first, then as declared. */
export const FACET_ORDER: FacetName[] = ['childIssue', ...FACET_NAMES.filter((n) => n !== 'childIssue')];

/** Display label of one facet value. */
export function facetValueLabel(loc: Locale, facet: FacetName | string, value: string, label = value): string {
  if (facet === 'childIssue') return childIssueLabel(loc, value);
  if (facet === 'cycle') return loc.t('cycleN', { n: value });
  if (facet === 'session') return loc.t('sessionN', { n: value });
  const prefix = isFacetName(facet) ? FILTERS[facet].valueLabels : undefined;
  return prefix !== undefined && Object.hasOwn(EN, `${prefix}${value}`) ? loc.t(`${prefix}${value}` as MessageKey) : label;
}
