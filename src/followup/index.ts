// Public face of followup: the pure rules of tracking recommendations between reviews — implementation
// statuses, what an editor may send (assessments, evidence, plan items, shared experiences, mid-term links),
// the plan's overdue items, progress per status and issue, the follow-up matrix and the submission outline.
export * from './statuses.js';
export * from './inputs.js';
export { checkAttachment, sniffAttachment, ATTACHMENT_KINDS, ATTACHMENT_EXTENSIONS, type AttachmentKind } from './attachment.js';
export { isOverdue, overdueItems, daysOverdue, planGroups, type PlanItem } from './plan.js';
export { progressSummary, PROGRESS_KEYS, type ProgressKey, type ProgressInput, type ProgressSummary, type ProgressCounts } from './progress.js';
export {
  MATRIX_COLUMNS, matrixRows, matrixCells, evidenceLine, compareParagraphs,
  type MatrixRecommendation, type MatrixAssessment, type MatrixRow, type EvidenceSummary,
} from './matrix.js';
export { draftOutline, outlineMarkdown, statusLine, type OutlineSection } from './outline.js';
export { suggestLinks, type LinkSuggestion } from './mid-term.js';
