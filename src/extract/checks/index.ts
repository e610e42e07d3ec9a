// Public face of checks: structural self-checks of extracted documents, independent of their format.
export { checkResult, mergeChecks, type CheckResult } from './result.js';
export { checkWorkingGroupRecommendations, numberingGaps, positionCounts, type CheckedRecommendation } from './wg-report.js';
export { checkAddendumCoverage, checkThematicListCoverage } from './coverage.js';
export { checkStakeholderSummary } from './summary.js';
