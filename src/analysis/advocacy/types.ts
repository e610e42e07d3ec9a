// The shape every advocacy analysis returns, so that one renderer per face (CLI table, JSON, CSV/XLSX,
// web page) serves them all: a scope (what was counted), a few headline facts and named tables whose
// numbers carry the search (filters) that lists the records they count.
import type { Db, ParagraphQuery, RecommendationFilters } from '../../store/index.js';
import type { MessageKey } from '../../core/index.js';

/** A number that is the total of a search (`filters`), or derived from one (a share links to its numerator). */
export interface Linked {
  value: number;
  filters: RecommendationFilters;
}

/** One reason of a ranking, in words (a message of the catalogue with its values), with its points. */
export interface Reason {
  key: MessageKey;
  vars: Record<string, string | number>;
  points: number;
  filters?: RecommendationFilters;
}

/** A number that is the total of a listing other than the recommendation search (paragraphs of stakeholders' summaries), at `href`. */
export interface Listed {
  value: number;
  href: string;
}

/** A number of document paragraphs (not recommendations), with the query of the paragraph search that lists them. */
export interface ParagraphCount {
  value: number;
  paragraphs: ParagraphQuery;
}

export type Cell = string | number | null | Linked | Listed | ParagraphCount | Reason[];

/**
 * `count`: a number of recommendations (the total of its search); `share`: 0..1; `index`: a ratio; `value`: a
 * code (State, issue…) shown through its label; `record`: a recommendation id.
 */
export type ColumnKind = 'text' | 'value' | 'count' | 'share' | 'index' | 'points' | 'reasons' | 'record';

export interface Column {
  key: string;
  /** Header: a message of the catalogue, or a value (an issue id, a response) with `kind: 'value'` facet `facet`. */
  label: MessageKey | { facet: string; value: string };
  kind: ColumnKind;
  /** For `value` columns: the facet whose labels name the values (`childIssue`, `by`, `response`…). */
  facet?: string;
}

export type Row = Record<string, Cell>;

export interface Table {
  name: string;
  title: MessageKey;
  columns: Column[];
  rows: Row[];
}

/** What an analysis counted: the filters given, the recommendations in scope and where they come from. */
export interface Scope {
  filters: RecommendationFilters;
  records: number;
  childRights: number;
  sessions: number[];
  cycles: number[];
  /** Recommendations in scope per origin (`upr-info` database export, `document`). */
  origins: { value: string; count: number }[];
  classified: boolean;
}

export interface Fact {
  key: MessageKey;
  value: number | string;
  kind: ColumnKind;
  filters?: RecommendationFilters;
  /** The listing of what the fact counts when it is not a recommendation search (see `Listed`). */
  href?: string;
}

export interface AnalysisResult {
  analysis: string;
  scope: Scope;
  /** Parameters the analysis read beyond the scope (minimum count, State under review, issue, cycles…). */
  params: Record<string, string | number | string[] | number[] | null>;
  facts: Fact[];
  tables: Table[];
  /** Messages shown above the figures (the CRC gap without CRC data says how to load it). */
  notes?: { key: MessageKey; vars?: Record<string, string | number> }[];
}

/** Extra parameters of an analysis (`--min 5`, `min=5`). */
export interface ParamDeclaration {
  name: string;
  help: string;
  valueName: string;
  default?: number;
  min?: number;
  max?: number;
}

export interface Analysis {
  name: string;
  /** Message keys of its title and one-line description. */
  title: MessageKey;
  description: MessageKey;
  /** One line for `upr analyse --help` and the API description. */
  summary: string;
  params: ParamDeclaration[];
  /** Filters that must hold exactly one value (lobbying targets: `state`, `childIssue`). */
  requires?: ('state' | 'childIssue')[];
  run(db: Db, filters: RecommendationFilters, params: Record<string, number>): AnalysisResult;
}

export const isLinked = (c: Cell): c is Linked => typeof c === 'object' && c !== null && !Array.isArray(c) && 'filters' in c;
export const isListed = (c: Cell): c is Listed => typeof c === 'object' && c !== null && !Array.isArray(c) && 'href' in c;
export const isParagraphCount = (c: Cell): c is ParagraphCount => typeof c === 'object' && c !== null && !Array.isArray(c) && 'paragraphs' in c;
export const isReasons = (c: Cell): c is Reason[] => Array.isArray(c);
