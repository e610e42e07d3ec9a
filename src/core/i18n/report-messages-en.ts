// English words of the children's-rights reports (keys prefixed rp_), part of the one catalogue: the report
// also uses the interface's keys (stateUnderReview, cycle, session, cycleN, dt_*, supported…). Quoted UN texts stay as written.
export const REPORT_EN = {
  rp_title: "Children's rights in the Universal Periodic Review of {state}: cycle {cycle}",
  rp_field: '{label}: {value}',
  rp_reviewDate: 'Review date', rp_documentsUsed: 'Documents used', rp_references: 'References',
  rp_notStored: 'not stored', rp_sessionDates: '{start} to {end} (Working Group session)',
  rp_contents: 'Contents', rp_summary: 'Summary', rp_comparison: 'Comparison with cycle {cycle}', rp_method: 'Method and notes', rp_sources: 'Sources',
  rp_crcTitle: 'The Committee on the Rights of the Child on this State', rp_crcIntro: "The CRC's own recommendations and observations on the State (from the UN Universal Human Rights Index), newest first, to compare the UPR with.", rp_crcMore: '… and {n} more: upr search-un --state {iso3} --body CRC',
  rp_kind_national_report: 'National report', rp_kind_un_compilation: 'Compilation of UN information',
  rp_kind_stakeholder_summary: "Summary of stakeholders' submissions", rp_kind_advance_question: 'Advance questions by States',
  rp_kind_dialogue: 'Interactive dialogue', rp_kind_recommendation: 'Recommendations',
  rp_source_national_report: 'Written by the State under review', rp_source_un_compilation: 'UN bodies cited',
  rp_source_stakeholder_summary: 'Stakeholders cited', rp_source_advance_question: 'Asked by', rp_source_dialogue: 'Statement by',
  rp_source_recommendation: 'Recommended by',
  rp_documentsCaption: 'UN documents of this review read for the report', rp_symbolOrFile: 'Symbol or file', rp_docTitle: 'Title',
  rp_perDocument: 'References per document', rp_perIssue: 'References per issue', rp_perIssueCaption: 'References per issue and document',
  rp_positions: "Children's-rights recommendations", rp_position: 'Position', rp_recommendations: 'Recommendations',
  rp_supported: 'Supported', rp_noted: 'Noted', rp_pendingOrUnknown: 'Pending or unknown',
  rp_gaps: 'Raised by the UN or stakeholders, absent from the recommendations',
  rp_gapsIntro: "Issues an NGO can lobby on: raised in the compilation of UN information or the summary of stakeholders' submissions, but in no children's-rights recommendation of this cycle.",
  rp_gapsNone: 'None: every issue raised was also recommended.', rp_raisedAgain: 'Recommended last cycle and raised again',
  rp_raisedAgainNone: 'None, or the previous cycle is not ingested.', rp_none: 'None.',
  rp_repeated: 'Recommendations repeated ({n})', rp_repeatedCaption: "Children's-rights recommendations of cycle {cycle} that repeat one of cycle {previous}",
  rp_para: 'Para.', rp_overlap: 'Word overlap',
  rp_disappeared: 'Issues that disappeared from the recommendations', rp_appeared: 'Issues new in the recommendations',
  rp_wholeParagraph: 'Whole paragraph', rp_sourceNote: 'source note {n}', rp_back: 'back to reference {n}',
  rp_seeAlso: 'see also',
  rp_nhri: 'National human rights institution', rp_noIssue: 'No specific issue',
  rp_citeItem: 'item {n}', rp_citePara: 'para. {n}', rp_citePage: 'p. {n}', rp_pageOf: 'Page {page} of {pages}',
  rp_methodText: "Every paragraph of the documents listed, every statement of the interactive dialogue, every advance question and every recommendation was read by the children's-rights classifier {classifier} and kept when it concerns children's rights. Stakeholders are named from the list of submissions at the end of the summary; UN bodies from the footnotes of the compilation. Where a paragraph mixes topics, the sentences about children are quoted word for word and the whole paragraph is given below them.",
  rp_noteText: 'Classifier score {score}; evidence: {evidence}.',
  rp_note_advance_questions: 'Advance questions have no document symbol; they are attributed to this cycle because they were ingested with its documents.',
  rp_note_no_submission_list: '{document}: no list of submissions found; stakeholders are not named.',
} as const;

export type ReportMessageKey = keyof typeof REPORT_EN;
export type ReportMessages = Record<ReportMessageKey, string>;
