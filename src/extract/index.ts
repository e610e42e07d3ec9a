// Public face of extract: text → recommendations, responses, dialogue, references; the classifier.
export { parseWorkingGroupReport, type ExtractedRecommendation } from './recommendations/wg-report.js';
export { parseReportHeader, type ReportHeader } from './recommendations/report-header.js';
export { splitRecommendingStates, parseStateList, findStateGroups } from './recommendations/recommending-states.js';
export { parseResponses, expandReferences, type StatedPosition } from './recommendations/responses.js';
export { positionOfIntro } from './recommendations/sections.js';
export { matchReview, rates, type MatchFigures } from './evaluation/match.js';
export { evaluateReports, figuresByYear, uncoveredReference, type ReportExtraction, type SessionReference } from './evaluation/by-year.js';
export { classifyText, classify, MODEL_VERSION, type ClassifyResult } from './classifier/index.js';
export { parseDialogue, speakerOf, type DialogueStatement } from './recommendations/dialogue.js';
export { parseThematicList, type ThematicListRow } from './recommendations/thematic-list.js';
export { attachPositions } from './recommendations/responses.js';
export { cohenKappa, evaluateClassifier, loadModelFile, parseGold, parseLabelledRecommendations, parseSecondAnnotator, DEFAULT_THRESHOLDS, type Agreement, type ClassifierEvaluation, type GoldItem, type Scores } from './classifier/index.js';
export { citationMatcher, childSentences, findSubmissionList, parseSubmissionList, unSourcesByNote, type Submitter } from './references/index.js';
