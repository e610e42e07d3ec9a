// Public face of analysis: statistics over the store for the web, reports and CLI.
export {
  topRecommendingStates, topIssues, issuesByRecommendingState, responsesByIssue, trendBySession, hasChildRightsClassification,
  type IssueScheme, type StateCount, type StateIssueCount, type IssueResponseCount, type SessionResponseCount,
} from './statistics.js';
export { stateProfile, type StateProfile, type ReviewSummary } from './state-profile.js';
export { salientWords, similarInOtherCycles } from './similar.js';
export { buildRecommendationIndex, databaseVersion, FACET_COLUMNS, type RecommendationIndex } from './recommendation-index.js';
export { indexedSearch, type IndexedSearchOptions, type IndexedSearchResult } from './indexed-search.js';
export { recommendationSource, sourceDocument, paragraphAnchor, type RecommendationSource, type SourceDocumentPage, type DocumentRef } from './source-document.js';
export { indexedStats, type IndexedStats } from './indexed-stats.js';
export { highlightMatches, segments, type TextSegment } from './highlight.js';
