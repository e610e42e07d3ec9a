// The data of a children's-rights reference report for one review: every reference to children's rights
// across the UPR documents of that review, with its source, and the summary figures computed from them.
import type { Response } from '../core/index.js';

export type ReferenceKind = 'national_report' | 'un_compilation' | 'stakeholder_summary' | 'dialogue' | 'advance_question' | 'recommendation';

export const REFERENCE_KINDS: readonly ReferenceKind[] = ['national_report', 'un_compilation', 'stakeholder_summary', 'advance_question', 'dialogue', 'recommendation'];

/** Who a reference quotes or cites: a UN body, a stakeholder (resolved from the summary's list) or a State. */
export interface ReferenceSource {
  key: string;
  name: string;
  kind: 'un' | 'civil_society' | 'joint' | 'nhri' | 'regional' | 'state';
  members?: string[];
  /** Cited only after "See also" in the footnotes: a supporting source, not an author of the paragraph. */
  secondary?: true;
}

export interface ReportReference {
  /** Stable within the report: `r-<kind>-<n>`. */
  id: string;
  kind: ReferenceKind;
  documentSymbol: string | null;
  /** File name when the document has no symbol (advance questions). */
  documentFile: string;
  paragraph: string | null;
  page: number | null;
  /** The exact text: the whole paragraph or statement. */
  text: string;
  /** When the paragraph mixes topics, the sentences about children, word for word. */
  excerpt?: string[];
  issues: string[];
  score: number;
  evidence: string[];
  sources: ReferenceSource[];
  /** True for the stakeholder summary's part from the national human rights institution. */
  nhri?: boolean;
  /** Recommendations: the State's final position and where it is stated. */
  response?: Response;
  responseSource?: string | null;
}

export interface ReportDocument {
  symbol: string | null;
  type: string;
  title: string | null;
  fileName: string;
  /** The instructions of its stored corrigenda (applied ones are already in the quoted paragraphs). */
  corrigenda?: { symbol: string | null; text: string; applied: boolean }[];
}

/** The documents every review should have; the report says which are missing or unreadable. */
export type ExpectedDocumentType = 'national_report' | 'un_compilation' | 'stakeholder_summary' | 'wg_report' | 'wg_report_addendum';

/**
 * `stored`: read for the report; `needs_review`: read, but its structural self-check failed (reasons given);
 * `unreadable`: stored without any readable text, so its references are absent; `missing`: not in the store.
 */
export type ExpectedDocumentStatus = 'stored' | 'needs_review' | 'unreadable' | 'missing';

export interface ExpectedDocument {
  type: ExpectedDocumentType;
  /** Its symbol, or the symbol it should have when missing (pre-session documents); null when unknown. */
  symbol: string | null;
  fileName: string | null;
  status: ExpectedDocumentStatus;
  /** Why it needs review or is unreadable (the self-check's reasons, in English). */
  reasons: string[];
}

export interface IssueCount {
  issue: string;
  total: number;
  byKind: Partial<Record<ReferenceKind, number>>;
}

export interface ReportSummary {
  byKind: Partial<Record<ReferenceKind, number>>;
  byIssue: IssueCount[];
  recommendations: { total: number; supported: number; noted: number; other: number };
  /** Issues raised by stakeholders or the UN but in no child-rights recommendation: what an NGO can lobby on. */
  gaps: string[];
  /** Issues of last cycle's child-rights recommendations raised again this cycle. */
  raisedAgain: string[];
}

export interface CycleComparison {
  previousCycle: number;
  /** This cycle's child-rights recommendations that repeat one of last cycle's (same issue and similar words). */
  repeated: { current: string; previous: string; currentParagraph: string | null; previousParagraph: string | null; similarity: number }[];
  /** Issues of last cycle's child-rights recommendations absent from this cycle's. */
  disappeared: string[];
  /** Issues new in this cycle's child-rights recommendations. */
  appeared: string[];
}

/** A note of the builder, written out in the report's language by the renderers (message `rp_note_<code>`). */
export interface ReportNote {
  code: 'advance_questions' | 'no_submission_list';
  /** The document concerned (its symbol, else its file name). */
  document?: string;
}

export interface ReviewReport {
  state: { iso3: string; name: string };
  cycle: number;
  session: number | null;
  reviewDate: string | null;
  /** Dates of the Working Group session (from the reference table), when the session is known. */
  sessionDates: { start: string; end: string } | null;
  documents: ReportDocument[];
  /** The five documents every review should have, and which of them the store lacks or cannot read. */
  expectedDocuments: ExpectedDocument[];
  references: ReportReference[];
  summary: ReportSummary;
  comparison: CycleComparison | null;
  classifier: string;
  /** What the builder could not do (no list of submissions, advance questions attributed by ingestion order…). */
  notes: ReportNote[];
  /** The CRC's own recommendations and observations on the State (UHRI imports), newest first; absent when none is stored. */
  crc?: CrcRecommendations;
}

/** What the Committee on the Rights of the Child wrote about the State, to compare the UPR with. */
export interface CrcRecommendations {
  total: number;
  items: { body: string; type: string; symbol: string | null; published: string | null; text: string }[];
}
