// Interface labels for data values: responses, cycles, sessions and children's-rights issues in the
// interface language; State names and UPR Info issues stay as the source wrote them.
import { childRightsIssue } from '../../core/taxonomy.js';
import type { FacetName } from '../../store/index.js';
import { EN, type Locale, type MessageKey } from '../../core/i18n/index.js';

export const FACET_TITLES: Record<FacetName, MessageKey> = {
  state: 'facetState', by: 'facetBy', group: 'facetGroup', cycle: 'facetCycle', session: 'facetSession',
  response: 'facetResponse', childIssue: 'facetChildIssue', issue: 'facetIssue', action: 'facetAction', docType: 'facetDocType',
};

/** Order of facets on the search page. */
export const FACET_ORDER: FacetName[] = ['childIssue', 'state', 'by', 'group', 'cycle', 'session', 'response', 'issue', 'action', 'docType'];

export function responseLabel(loc: Locale, r: string): string {
  return ['supported', 'noted', 'pending', 'unknown'].includes(r) ? loc.t(r as MessageKey) : r;
}

export function childIssueLabel(loc: Locale, id: string): string {
  return childRightsIssue(id)?.names[loc.lang] ?? id;
}

/** Display label of one facet value. */
export function facetValueLabel(loc: Locale, facet: FacetName | string, value: string, label = value): string {
  switch (facet) {
    case 'response': return responseLabel(loc, value);
    case 'childIssue': return childIssueLabel(loc, value);
    case 'cycle': return loc.t('cycleN', { n: value });
    case 'session': return loc.t('sessionN', { n: value });
    case 'docType': return documentTypeLabel(loc, value);
    case 'group': return `grp_${value}` in EN ? loc.t(`grp_${value}` as MessageKey) : label;
    default: return label;
  }
}

/** Name of a document type (`wg_report`…) in the interface language. */
export function documentTypeLabel(loc: Locale, type: string): string {
  const key = `dt_${type}`;
  return key in EN ? loc.t(key as MessageKey) : type;
}
