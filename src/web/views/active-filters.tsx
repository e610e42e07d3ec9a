// The search a page shows or counts, as removable chips: the words, every list filter and the
// children's-rights switch. Used by the search page and the statistics page, so neither applies a filter
// the reader cannot see.
import { stateByIso3, type Locale } from '../../core/index.js';
import { FILTERS, type FacetName, type RecommendationFilters } from '../../store/index.js';
import { FILTER_PARAMS, searchQueryString, toggleFilter, type SearchRequest } from '../search-params.js';
import { FACET_TITLES, facetValueLabel } from './labels.js';

export interface Chip {
  label: string;
  /** The filters without this one. */
  without: RecommendationFilters;
}

/** One chip per active filter: the query first, then the list filters in declaration order, then childRights. */
export function activeChips(loc: Locale, f: RecommendationFilters): Chip[] {
  const chips: Chip[] = [];
  if (f.query) chips.push({ label: loc.t('chipQuery', { q: f.query }), without: { ...f, query: undefined } });
  for (const name of FILTER_PARAMS) {
    for (const v of (f[name] as unknown[] | undefined) ?? []) {
      const value = String(v);
      const label = FILTERS[name].labels === 'state-names' ? (stateByIso3(value)?.shortName ?? value) : value;
      chips.push({ label: `${loc.t(FACET_TITLES[name as FacetName])}: ${facetValueLabel(loc, name, value, label)}`, without: toggleFilter(f, name, value) });
    }
  }
  if (f.childRights !== undefined) {
    const without = { ...f };
    delete without.childRights;
    chips.push({ label: loc.t(f.childRights ? 'chipChildRightsOnly' : 'chipNotChildRights'), without });
  }
  return chips;
}

/** The chips of `req` as links to `path` without each; `extra` parameters (the statistics scheme) are kept. */
export function ActiveFilters({ loc, req, path, extra = {}, title }: { loc: Locale; req: Partial<SearchRequest> & { filters: RecommendationFilters }; path: string; extra?: Record<string, string>; title?: string }) {
  const href = (filters: RecommendationFilters) => `${path}?${searchQueryString({ ...req, page: 1, filters }, extra)}`;
  const chips = activeChips(loc, req.filters).map((c) => ({ label: c.label, href: href(c.without) }));
  if (req.kind === 'pledge') chips.unshift({ label: loc.t('chipKindPledge'), href: `${path}?${searchQueryString({ ...req, kind: undefined, page: 1 }, extra)}` });
  if (chips.length === 0) return null;
  return (
    <section aria-labelledby="active-h">
      <h2 id="active-h" class="hint">{title ?? loc.t('activeFilters')}</h2>
      <ul class="chips">
        {chips.map((c) => <li><a href={c.href} aria-label={loc.t('removeFilter', { f: c.label })}>{c.label} ✕</a></li>)}
        {chips.length > (req.filters.query ? 1 : 0) + (req.kind === 'pledge' ? 1 : 0) && <li><a href={href(req.filters.query ? { query: req.filters.query } : {})}>{loc.t('clearAll')}</a></li>}
      </ul>
    </section>
  );
}
