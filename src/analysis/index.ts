// Public face of analysis: State profiles, similar recommendations and marked matches, over the store's
// one search engine. Statistics and source documents are the store's; their types are re-exported here
// for the views that render them.
export type { IssueScheme, StateCount, StateIssueCount, IssueResponseCount, SessionResponseCount, SearchStatistics } from '../store/index.js';
export type { RecommendationSource, SourceDocumentPage, DocumentRef } from '../store/index.js';
export { stateProfile, type StateProfile, type ReviewSummary } from './state-profile.js';
export { salientWords, similarInOtherCycles } from './similar.js';
export { highlightMatches, segments, type TextSegment } from './highlight.js';
export * from './advocacy/index.js';
export { calendarSessions, calendarStates, nextReviewOf, upcomingSessions, reviewCalendar, submissionDeadline, type CalendarSession, type NextReview, type ReviewCalendar } from './calendar.js';
export { renderICalendar } from './icalendar.js';
export * from './planner/index.js';
