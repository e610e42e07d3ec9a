// Public face of extract: text → recommendations, responses, dialogue, references; the classifier.
export { parseWorkingGroupReport, type ExtractedRecommendation } from './recommendations/wg-report.js';
export { parseReportHeader, type ReportHeader } from './recommendations/report-header.js';
export { splitRecommendingStates, parseStateList, findStateGroups } from './recommendations/recommending-states.js';
export { parseResponses, expandReferences, type StatedPosition } from './recommendations/responses.js';
export { positionOfIntro } from './recommendations/sections.js';
export { matchReview, rates, type MatchFigures } from './evaluation/match.js';
export { evaluateReports, figuresByYear, figuresBySession, weakReports, uncoveredReference, type ReportExtraction, type ReportFigures, type SessionReference } from './evaluation/by-year.js';
export { classifyText, classify, MODEL_VERSION, type ClassifyResult } from './classifier/index.js';
export { parseDialogue, speakerOf, type DialogueStatement } from './recommendations/dialogue.js';
export { parseThematicList, type ThematicListRow } from './recommendations/thematic-list.js';
export { attachPositions } from './recommendations/responses.js';
export { spreadOverClauses } from './recommendations/responses.js';
export { itemNumber, splitBundledItem } from './recommendations/bundled-items.js';
export * from './checks/index.js';
export { attributeSummary, type SummaryAttribution, type AttributedParagraph } from './references/index.js';
export { evaluateIssues, type IssueEvaluation } from './classifier/index.js';
export { cohenKappa, evaluateClassifier, loadModelFile, parseGold, parseLabelledRecommendations, parseSecondAnnotator, DEFAULT_THRESHOLDS, type Agreement, type ClassifierEvaluation, type GoldItem, type Scores } from './classifier/index.js';
export { citationMatcher, childSentences, findSubmissionList, parseSubmissionList, unSourcesByNote, type Submitter } from './references/index.js';
