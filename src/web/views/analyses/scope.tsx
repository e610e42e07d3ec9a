// What an analysis counted, stated on its page: the recommendations in scope (linked to their search), the
// sessions, the sources and the filters.
import type { Scope } from '../../../analysis/index.js';
import { valueLabel } from '../../../analysis/index.js';
import { FILTER_NAMES, YES_NO_FILTERS, type RecommendationFilters } from '../../../store/index.js';
import type { Locale } from '../../../core/index.js';
import { FACET_TITLES } from '../labels.js';
import { searchHref } from './cells.js';

/** The filters in words: "Session: 1, 2, 3; Children's-rights issue: Education". */
export function describeFilters(loc: Locale, f: RecommendationFilters): string {
  const parts: string[] = [];
  if (f.query) parts.push(`"${f.query}"`);
  for (const name of FILTER_NAMES) {
    const values = (f[name] as (string | number)[] | undefined) ?? [];
    if (values.length) parts.push(`${FACET_TITLES[name] ? loc.t(FACET_TITLES[name]) : name}: ${values.map((v) => valueLabel(loc, name, String(v))).join(', ')}`);
  }
  for (const name of Object.keys(YES_NO_FILTERS) as (keyof typeof YES_NO_FILTERS)[]) if (f[name] !== undefined) parts.push(`${name}=${f[name] ? 1 : 0}`);
  return parts.join('; ') || loc.t('anNoFilters');
}

export function ScopeView({ loc, scope }: { loc: Locale; scope: Scope }) {
  const t = loc.t;
  return (
    <section class="scope" aria-label={t('anScopeFilters')}>
      <p>
        <a href={searchHref(scope.filters)}>{t('anScope', { records: loc.num(scope.records), child: loc.num(scope.childRights) })}</a>
      </p>
      <dl class="kv">
        <dt>{t('anScopeSessions')}</dt><dd>{scope.sessions.join(', ') || '–'}</dd>
        <dt>{t('anScopeSources')}</dt><dd>{scope.origins.map((o, i) => <>{i > 0 ? ', ' : ''}<a href={searchHref({ ...scope.filters, origin: [o.value as 'upr-info'] })}>{valueLabel(loc, 'origin', o.value)} ({loc.num(o.count)})</a></>)}</dd>
        <dt>{t('anScopeFilters')}</dt><dd>{describeFilters(loc, scope.filters)}</dd>
      </dl>
      {!scope.classified && <p class="hint">{t('anNotClassified')}</p>}
    </section>
  );
}
