// Every recommendation filter and facet, declared once. From these declarations come the store's search
// index columns and facet counts, the web's URL parameters and OpenAPI parameters, the CLI's filter flags
// and the facet titles of the interface (see docs/architecture.md, "Adding a facet").
import { CHILD_RIGHTS_ISSUE_IDS, RESPONSES, UprError } from '../core/index.js';
import { oneOf, stateValue, wholeNumber, type ValueKind } from './filter-values.js';
import { CHILD_ISSUE_ALIASES, DOCUMENT_TYPES, GROUPS, GROUP_ALIASES, UPR_INFO_ISSUES } from './facets-issues.js';

export { GROUPS };
export const ORIGINS = ['upr-info', 'document', 'uhri'] as const;

export interface FilterDeclaration<V extends string | number> {
  /** How one value is read and checked, and its schema. */
  value: ValueKind<V>;
  /**
   * Where the search index reads the values: `single` is one SQL expression per recommendation over r
   * (recommendations), v (its review), d (its source document) and c (its children's-rights result);
   * `multi` is a query of (recommendation_id, value) rows.
   */
  column: { single: string } | { multi: string };
  /** Display label of a value: the State's short name, else the value itself. */
  labels?: 'state-names';
  /** Facet values in numeric order rather than by count. */
  orderByValue?: boolean;
  /** What the value is, for messages (`unknown response "maybe"`). */
  noun: string;
  /** Help of the CLI flag and description of the URL parameter. */
  help: string;
  /** Placeholder of the CLI flag's value. */
  valueName: string;
  /** Message key of the facet's title in the interface catalogues; a filter without one is not a facet. */
  title?: string;
  /** Prefix of the message keys naming its values (`dt_` + `wg_report`); values without a key show as stored. */
  valueLabels?: string;
  /** Set by programs only: no URL parameter, CLI flag or facet. */
  internal?: boolean;
}

const declare = <V extends string | number>(d: FilterDeclaration<V>): FilterDeclaration<V> => d;

/** The list filters: the URL parameter is the name, the CLI flag its kebab-case form (`childIssue` → `--child-issue`). */
export const FILTERS = {
  state: declare({ value: stateValue, column: { single: 'v.state_iso3' }, labels: 'state-names', noun: 'State', valueName: 'NAME',
    help: 'State under review (any name variant or ISO3)', title: 'facetState' }),
  by: declare({ value: stateValue, column: { multi: 'SELECT recommendation_id, state_iso3 FROM recommendation_states' }, labels: 'state-names', noun: 'State',
    valueName: 'NAME', help: 'recommending State (any name variant or ISO3)', title: 'facetBy' }),
  group: declare({ value: oneOf(GROUPS, GROUP_ALIASES), noun: 'regional group', valueName: 'GROUP', title: 'facetGroup', valueLabels: 'grp_',
    column: { multi: 'SELECT rs.recommendation_id, s.un_group FROM recommendation_states rs JOIN states s ON s.iso3 = rs.state_iso3' },
    help: `regional group of the recommending State (${GROUPS.join(', ')}; also UPR Info's Africa, Asia, EEG)` }),
  cycle: declare({ value: wholeNumber(1, 5), column: { single: 'v.cycle' }, orderByValue: true, noun: 'cycle', valueName: 'N', help: 'UPR cycle', title: 'facetCycle' }),
  session: declare({ value: wholeNumber(1, 99), column: { single: 'v.session' }, orderByValue: true, noun: 'session', valueName: 'N',
    help: 'Working Group session', title: 'facetSession' }),
  response: declare({ value: oneOf(RESPONSES), column: { single: 'r.response' }, noun: 'response', valueName: 'R',
    help: 'position of the State under review', title: 'facetResponse', valueLabels: '' }),
  issue: declare({ value: oneOf<string>(UPR_INFO_ISSUES), column: { multi: 'SELECT recommendation_id, issue FROM recommendation_issues' }, noun: 'issue', valueName: 'ISSUE',
    help: 'UPR Info issue, e.g. "Rights of the Child" (any letter case)', title: 'facetIssue' }),
  action: declare({ value: wholeNumber(1, 5), column: { single: 'r.action_category' }, orderByValue: true, noun: 'action category', valueName: 'N',
    help: 'UPR Info action category (1 minimal action … 5 specific action)', title: 'facetAction' }),
  childIssue: declare({ value: oneOf<string>(CHILD_RIGHTS_ISSUE_IDS, CHILD_ISSUE_ALIASES, { listAliases: false }), column: { multi: 'SELECT recommendation_id, issue FROM child_rights_issues' }, noun: "children's-rights issue", valueName: 'ID',
    help: "children's-rights issue id, e.g. corporal_punishment (or its name: \"Corporal punishment\")", title: 'facetChildIssue' }),
  docType: declare({ value: oneOf<string>(DOCUMENT_TYPES), column: { single: 'd.type' }, noun: 'document type', valueName: 'TYPE',
    help: 'type of the source document, e.g. wg_report (only recommendations read from documents have one)', title: 'facetDocType', valueLabels: 'dt_' }),
  // Every source a recommendation was read from (its row's origin and each claim carrying a text, docs/merge.md),
  // so a recommendation merged from a report, UPR Info and UHRI is found, and counted, under each of the three.
  origin: declare({ value: oneOf(ORIGINS), noun: 'origin', valueName: 'ORIGIN', title: 'facetOrigin', valueLabels: 'origin_',
    column: { multi: `SELECT id, origin FROM recommendations UNION ALL SELECT recommendation_id, CASE kind WHEN 'upr_info' THEN 'upr-info'
      WHEN 'uhri' THEN 'uhri' ELSE 'document' END FROM recommendation_claims WHERE text IS NOT NULL` },
    help: 'a source the recommendation was read from: upr-info (database export), document (UN document) or uhri (OHCHR Universal Human Rights Index export)' }),
};

/** Yes/no filters: `childRights=1|0` in URLs, `--child-rights` on the command line. */
export const YES_NO_FILTERS = {
  childRights: { column: 'c.is_child_rights', help: "only recommendations classified as concerning children's rights (1) or not (0)" },
};

/**
 * The kind of record a search lists: recommendations (the default, so every count of recommendations stays
 * as it was) or the States' voluntary pledges. `kind=pledge` in URLs, `--kind pledge` on the command line;
 * see src/store/pledge-search.ts for the filters pledges have.
 */
export const RECORD_KINDS = ['recommendation', 'pledge'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const KIND_VALUE = oneOf(RECORD_KINDS, { pledges: 'pledge', recommendations: 'recommendation' });
export const KIND_HELP = 'what to list: recommendation (default) or pledge (voluntary pledges of States under review)';

/** Reads `kind` (undefined → recommendation); `invalid_input` naming `field` otherwise. */
export function readRecordKind(raw: string | undefined, field: string, details: Record<string, unknown> = {}): RecordKind {
  if (raw === undefined || raw.trim() === '') return 'recommendation';
  const kind = KIND_VALUE.read(raw);
  if (!kind) throw new UprError('invalid_input', `unknown kind "${raw}" (${KIND_VALUE.expects})`, { field, value: raw, ...details });
  return kind;
}

export type FilterName = keyof typeof FILTERS;
type ValueOf<D> = D extends FilterDeclaration<infer V> ? V : never;
export type FilterValue<K extends FilterName> = ValueOf<(typeof FILTERS)[K]>;

/** What search, facets, statistics, exports and reports all take. */
export type RecommendationFilters = { query?: string } & { [K in FilterName]?: FilterValue<K>[] } & { [K in keyof typeof YES_NO_FILTERS]?: boolean };

export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
/** Filters offered as URL parameters and CLI flags. */
export const PUBLIC_FILTER_NAMES = FILTER_NAMES.filter((n) => !FILTERS[n].internal);

/** The declaration of filter `name`, with its value type. */
export function filterDeclaration<K extends FilterName>(name: K): FilterDeclaration<FilterValue<K>> {
  return FILTERS[name] as unknown as FilterDeclaration<FilterValue<K>>;
}

/** Reads the values of filter `name`; `invalid_input` naming `field` (and `details`) for one that is not understood. */
export function readFilterValues<K extends FilterName>(name: K, raws: string[], field: string, details: Record<string, unknown> = {}): FilterValue<K>[] {
  const d = filterDeclaration(name);
  return raws.map((raw) => {
    const v = d.value.read(raw);
    if (v === undefined) throw new UprError('invalid_input', `unknown ${d.noun} "${raw}" (${d.value.expects})`, { field, value: raw, ...details });
    return v;
  });
}
