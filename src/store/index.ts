// Public face of the store: open it, write imports, search, facets and reading back.
import { openDatabase, type Db, type OpenOptions } from './database.js';
import { seedReferenceData } from './reference.js';

export type { Db, OpenOptions } from './database.js';
export { inTransaction, migrate, listMigrations } from './database.js';
export { ensureSource, findSourceBySha, type SourceFile, type SourceRow } from './sources.js';
export { ensureReview, listReviews, type ReviewRow } from './reviews.js';
export { recommendationWriter, getRecommendations, countRecommendations, type NewRecommendation } from './recommendations.js';
export { importUprInfoRows, type ImportResult, type ImportOptions } from './upr-info-import.js';
export {
  FILTERS, FILTER_NAMES, PUBLIC_FILTER_NAMES, YES_NO_FILTERS, GROUPS, ORIGINS, filterDeclaration, readFilterValues,
  type FilterDeclaration, type FilterName, type FilterValue, type RecommendationFilters,
} from './filters.js';
export { RECORD_KINDS, KIND_HELP, readRecordKind, type RecordKind } from './filters.js';
export type { ValueKind } from './filter-values.js';
export { toFtsQuery } from './fts-query.js';
export { searchIds, searchRecommendations, facetCounts, isClassified, type SearchOptions, type SearchResult, type SearchIdsResult } from './search.js';
export { SORT_ORDERS, type SortOrder } from './search-order.js';
export { FACET_NAMES, isFacetName, type FacetName, type FacetValue } from './facets.js';
export { setFullTextCacheSize } from './search-cache.js';
export { setSearchBudget, isCostlyQuery } from './search-budget.js';
export {
  searchStatistics, type IssueScheme, type StateCount, type StateIssueCount, type IssueResponseCount, type SessionResponseCount,
  type SearchStatistics, type StatisticsSizes,
} from './statistics.js';
export { markFullTextMatches } from './fts-highlight.js';
export { recommendationSource, sourceDocument, paragraphAnchor, type RecommendationSource, type SourceDocumentPage, type DocumentRef } from './source-document.js';

/**
 * Opens the store at `path` (`:memory:` for tests), applies migrations and loads reference data. Read
 * commands pass `{ mode: 'read' }`: the store must exist and is opened read-only.
 */
export function openStore(path: string, opts: OpenOptions = {}): Db {
  const db = openDatabase(path, opts);
  if (opts.mode !== 'read') seedReferenceData(db);
  return db;
}
export { saveChildRights, getChildRights, type ChildRightsResult } from './child-rights.js';
export { saveDocument, findDocumentBySha, listDocuments, getDocumentParagraphs, getDocumentFootnotes, type NewDocument, type SavedDocument, type DocumentRow } from './documents.js';
export { upsertDocumentRecommendations, documentRecommendationIds, pendingParagraphs, documentRecommendationKey, savePosition, refreshResponse, getPositions, saveDialogue, getDialogue, POSITION_PRECEDENCE, type DocumentOrigin, type DocumentRecommendationInput, type PositionInput, type PositionRow, type DialogueStatementInput, type DialogueStatementRow } from './document-recommendations.js';
export { saveDocumentCheck, listDocumentChecks, getDocumentCheck, reviewsNeedingReview, reportParagraphs, stillPendingParagraphs, type DocumentCheckInput, type DocumentCheckRow, type DocumentCheckStatus } from './document-checks.js';
export { storedDocumentSummary, documentsStatingPositions, type StoredDocumentSummary, type PositionDocumentRow } from './ingest-documents.js';
export { getRecommendationHistory, textOverlap, type HistoryEntry } from './recommendation-history.js';
export { listPledges, searchPledges, type PledgeRow } from './pledges.js';
export { searchPledgeRecords, filtersPledgesLack, type PledgeSearchResult } from './pledge-search.js';
export { knownReportSymbols, type KnownReportSymbol } from './review-symbols.js';
export { reviewSnapshot, recommendationsToClassify, reviewedStates, type ReviewSnapshot } from './review-changes.js';
export { findEarlierVersion, documentVersions, finishReplacement, type EarlierVersion, type DocumentVersionRow, type ReplacedVersion } from './document-versions.js';
export { saveCorrections, applyCorrections, correctedDocumentId, getCorrections, type CorrectionInput, type CorrectionRow } from './document-corrections.js';
export { findDocumentsToRemove, removeDocument, type RemovalTarget, type RemovedDocument } from './remove-document.js';
export { importUhriRows, uhriKey, type UhriImportResult } from './uhri-import.js';
export {
  searchUnRecommendations, unSearchChoices, unRecommendationCounts, getUnRecommendationHistory, unRecommendationsToClassify, saveUnChildRights, unBodyKind,
  type UnRecommendationRow, type UnBodyCount, type UnSearch, type UnBodyKind,
} from './un-recommendations.js';
export { saveClaim, renameClaim, findClaim, getClaims, refreshChosen, documentClaimKey, type ClaimInput } from './recommendation-sources.js';
export { claimMerger, absorbMatching, ORIGIN_RANK, type ClaimMerger, type ClaimExtras } from './recommendation-merge.js';
export { mergeFigures, candidatePairs, type MergeFigures, type CandidatePair } from './merge-figures.js';
export { saveTroika, getTroika, allTroikas } from './troika.js';
export { crossCounts, type CrossCounts } from './cross-counts.js';
export { appendAudit, listAudit, countAudit, type AuditEntry, type AuditRow, type AuditQuery } from './audit.js';
export { getUser, findUserLogin, passwordHashOf, listUsers, createUser, setPasswordHash, updateUser, type UserRow, type UserLogin, type NewUser } from './accounts-users.js';
export {
  ensureOrganisation, createWorkspace, getWorkspace, findWorkspace, listWorkspaces, membershipRole, userWorkspaces, listMembers, setMembership, removeMembership,
  type WorkspaceRow, type MemberRow,
} from './accounts-workspaces.js';
export {
  createSession, findSession, deleteSession, createInvitation, findInvitation, acceptInvitation, createApiToken, listApiTokens, revokeApiToken, apiTokenUser,
  type SessionRow, type InvitationRow, type ApiTokenRow,
} from './accounts-sessions.js';
export {
  getAssessment, saveAssessment, assessmentHistory, workspaceAssessments, moveFollowUp, recommendationExists,
  type AssessmentRow, type AssessmentWrite, type AssessmentVersion,
} from './follow-up.js';
export { addEvidence, listEvidence, evidenceAttachment, savePlanItem, listPlan, type EvidenceWrite, type EvidenceRow, type PlanWrite, type PlanRow } from './follow-up-evidence.js';
export { addExperience, visibleExperiences, type ExperienceWrite, type ExperienceRow } from './follow-up-experiences.js';
export {
  trackReview, trackedReviews, trackedRecommendations, saveMidTermLink, midTermLinks, numberedParagraphs, midTermDocuments,
  type TrackedReview, type TrackedRecommendation, type MidTermLinkRow, type MidTermDocument,
} from './follow-up-workspace.js';
export { backupStore, verifyBackupFile, tableCounts, type BackupResult, type BackupProgress, type TableCounts } from './backup.js';
export { restoreStore, BEFORE_RESTORE, type RestoreResult } from './backup-restore.js';
export { listNews, storeCreatedAt, type NewsItem, type NewsDocument, type NewsScope, type NewsOptions } from './subscriptions-news.js';
export {
  addSubscription, getSubscription, listSubscriptions, removeSubscriptions, markDigestSent, isDigestDue, DIGEST_FREQUENCIES,
  type Subscription, type NewSubscription, type DigestFrequency,
} from './subscriptions.js';
export { saveSubmitterMap, stakeholderSummaryIds, listSubmitterMaps, type SubmitterMapInput, type SubmitterInput, type StoredSubmitterMap } from './submitters.js';
export {
  PARAGRAPH_KINDS, paragraphsToClassify, replaceParagraphChildRights, paragraphIssueCounts, paragraphsClassified, searchParagraphs,
  type ParagraphKind, type ParagraphQuery, type ParagraphVerdict, type ParagraphHit,
} from './paragraph-child-rights.js';
