// The two kinds of record a search lists, as tabs with their counts (recommendations by default, voluntary
// pledges with `kind=pledge`), and the list of matching pledges. Works without script: plain links.
import type { Locale } from '../../core/index.js';
import { stateByIso3 } from '../../core/index.js';
import type { PledgeRow } from '../../store/index.js';
import { searchQueryString, type SearchRequest } from '../search-params.js';
import { FACET_TITLES } from './labels.js';

export interface PledgeData {
  /** Matching pledges; null when the search holds a filter pledges lack. */
  total: number | null;
  /** Those filters (`by`, `response`, `childRights`…). */
  lacking: string[];
  /** The page of pledges, with `kind=pledge`. */
  items?: PledgeRow[];
}

/** "Recommendations (N) · Voluntary pledges (M)": each a link to the same search of that kind. */
export function KindTabs({ loc, req, recommendations, pledges }: { loc: Locale; req: SearchRequest; recommendations: number; pledges: PledgeData }) {
  const onPledges = req.kind === 'pledge';
  const href = (kind?: 'pledge') => `/?${searchQueryString({ filters: req.filters, size: req.size, ...(kind ? { kind } : {}) })}`;
  const lacking = pledges.lacking.map((n) => (n === 'childRights' ? loc.t('childRightsOnly') : n in FACET_TITLES ? loc.t(FACET_TITLES[n as keyof typeof FACET_TITLES]) : n));
  return (
    <nav class="kinds" aria-label={loc.t('kindNav')}>
      <ul>
        <li><a href={href()} aria-current={onPledges ? undefined : 'page'}>{loc.t('kindRecommendations', { n: loc.num(recommendations) })}</a></li>
        <li>{pledges.total === null
          ? <span class="hint">{loc.t('kindPledges', { n: '–' })}: {loc.t('pledgesNotFiltered', { f: lacking.join(', ') })}</span>
          : <a href={href('pledge')} aria-current={onPledges ? 'page' : undefined}>{loc.t('kindPledges', { n: loc.num(pledges.total) })}</a>}</li>
      </ul>
    </nav>
  );
}

/** Matching pledges: text, State under review (linked to its pledges), session and issues. */
export function PledgeList({ loc, items, from }: { loc: Locale; items: PledgeRow[]; from: number }) {
  return (
    <ol class="results" start={from}>
      {items.map((p) => {
        const name = stateByIso3(p.stateIso3)?.shortName ?? p.stateIso3;
        return (
          <li>
            <a href={`/states/${p.stateIso3}#pledge-${p.id}`}>{p.text}</a>
            <div class="meta">{loc.t('pledgeOf', { name })} · {loc.t('sessionN', { n: p.session })}{p.issues.length > 0 && <> · {p.issues.join(', ')}</>}</div>
          </li>
        );
      })}
    </ol>
  );
}
