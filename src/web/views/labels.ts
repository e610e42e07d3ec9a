// Interface labels for data values: responses, cycles, sessions and children's-rights issues in the
// interface language; State names and UPR Info issues stay as the source wrote them.
import type { FacetName } from '../../store/index.js';
import { childIssueLabel, documentTypeLabel, groupLabel, responseLabel, type Locale, type MessageKey } from '../../core/i18n/index.js';

export { childIssueLabel, documentTypeLabel, responseLabel };

export const FACET_TITLES: Record<FacetName, MessageKey> = {
  state: 'facetState', by: 'facetBy', group: 'facetGroup', cycle: 'facetCycle', session: 'facetSession',
  response: 'facetResponse', childIssue: 'facetChildIssue', issue: 'facetIssue', action: 'facetAction', docType: 'facetDocType',
};

/** Order of facets on the search page. */
export const FACET_ORDER: FacetName[] = ['childIssue', 'state', 'by', 'group', 'cycle', 'session', 'response', 'issue', 'action', 'docType'];

/** Display label of one facet value. */
export function facetValueLabel(loc: Locale, facet: FacetName | string, value: string, label = value): string {
  switch (facet) {
    case 'response': return responseLabel(loc, value);
    case 'childIssue': return childIssueLabel(loc, value);
    case 'cycle': return loc.t('cycleN', { n: value });
    case 'session': return loc.t('sessionN', { n: value });
    case 'docType': return documentTypeLabel(loc, value);
    case 'group': return groupLabel(loc, value, label);
    default: return label;
  }
}
