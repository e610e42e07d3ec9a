// Public face of report: children's-rights reference reports per review, as data and in five formats, in
// English, French or Spanish (the one catalogue of core/i18n); its JSX components are shared with the web.
export { buildReviewReport, reportableReviews } from './build.js';
export { renderReportHtml, type HtmlOptions } from './html.js';
export { renderReportMarkdown } from './markdown.js';
export { renderReportJson, REPORT_JSON_VERSION } from './json.js';
export { renderReportDocx } from './docx.js';
export { renderReportPdf, createPdfPrinter, type PdfPrinter } from './pdf.js';
export { REPORT_RENDERERS, REPORT_FORMATS, isReportFormat, type ReportFormat, type ReportRenderer, type RenderOptions } from './renderers.js';
export { REFERENCE_KINDS, type ReviewReport, type ReportReference, type ReferenceKind, type ReferenceSource, type ReportNote, type ReportSummary, type CycleComparison } from './model.js';
export { DataTable, type DataColumn, type DataTableProps } from './components/index.js';
export { sourcesText } from './presentation.js';
export { renderMatrixDocx, renderOutlineDocx } from './follow-up-docx.js';
export { buildOutcomeSummary, type OutcomeSummary, type CountedRecommendation } from './outcome-model.js';
export { renderOutcome, isOutcomeFormat, OUTCOME_FORMATS, OUTCOME_MEDIA_TYPES, type OutcomeFormat } from './outcome.js';
export { renderPlanDocx } from './plan-docx.js';
export { renderPlanMarkdown } from './plan-markdown.js';
export type { PlanText } from './plan-model.js';
