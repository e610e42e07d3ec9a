// Domain vocabulary of the UPR: State, Review, Document, Recommendation and their provenance.
import type { Disagreement, SourceClaim } from './source-claims.js';

/** UN regional groups as used at the Human Rights Council. */
export type RegionalGroup = 'African' | 'Asia-Pacific' | 'Eastern European' | 'GRULAC' | 'WEOG';

export interface State {
  /** ISO 3166-1 alpha-3 code, e.g. `SVN`. */
  iso3: string;
  /** Official short UN name, e.g. `Iran (Islamic Republic of)`. */
  name: string;
  /** Common short name for display, e.g. `Iran`. */
  shortName: string;
  group: RegionalGroup;
  /** `member` of the UN, or `observer` (Holy See, State of Palestine). */
  status: 'member' | 'observer';
  /** Every other name UPR documents and UPR Info use (old names, French/Spanish names, abbreviations). */
  variants: string[];
}

/** A Working Group session of the UPR. */
export interface Session {
  number: number;
  cycle: 1 | 2 | 3 | 4 | 5;
  /** ISO dates (YYYY-MM-DD); for scheduled sessions the planned dates. */
  start: string;
  end: string;
  /** ISO3 codes of the States reviewed in that session, in order of review when known. */
  states: string[];
}

export type Response = 'supported' | 'noted' | 'pending' | 'unknown';
export const RESPONSES: readonly Response[] = ['supported', 'noted', 'pending', 'unknown'];

export type DocumentType =
  | 'national_report'
  | 'un_compilation'
  | 'stakeholder_summary'
  | 'wg_report'
  | 'wg_report_addendum'
  | 'hrc_decision'
  | 'thematic_list'
  | 'advance_questions'
  /** A State's mid-term report or update on implementation between two reviews (docs/follow-up.md). */
  | 'mid_term_report'
  | 'other';

/** Where a stored row came from: which file (by its import source) and which line or paragraph. */
export interface Provenance {
  file: string;
  sha256: string;
  /** e.g. `line 1234` for a CSV, `para 116.23, page 15` for a document. */
  locator: string;
}

export interface StateRef {
  name: string;
  iso3: string;
}

/** A recommendation as exported and shown (one row of the store, with its joins). */
export interface RecommendationView {
  id: number;
  stateUnderReview: StateRef;
  recommendingStates: StateRef[];
  cycle: number;
  session: number;
  paragraph: string | null;
  text: string;
  response: Response;
  responseSource: string | null;
  issues: string[];
  actionCategory: number | null;
  provenance: Provenance;
  /** Every source's claim about it, highest precedence first (docs/merge.md); absent where not read. */
  sources?: SourceClaim[];
  /** Where those sources disagree; empty when they agree. */
  disagreement?: Disagreement[];
}
