// Public face of the store: open it, write imports, search, facets and reading back.
import { openDatabase, type Db } from './database.js';
import { seedReferenceData } from './reference.js';

export type { Db } from './database.js';
export { inTransaction, migrate, listMigrations } from './database.js';
export { ensureSource, findSourceBySha, type SourceFile, type SourceRow } from './sources.js';
export { ensureReview, listReviews, type ReviewRow } from './reviews.js';
export { recommendationWriter, getRecommendations, countRecommendations, type NewRecommendation } from './recommendations.js';
export { importUprInfoRows, type ImportResult, type ImportOptions } from './upr-info-import.js';
export { whereClause, type RecommendationFilters } from './filters.js';
export { toFtsQuery } from './fts-query.js';
export { searchIds, searchRecommendations, SORT_ORDERS, type SortOrder, type SearchOptions, type SearchResult } from './search.js';
export { facetCounts, FACETS, FACET_NAMES, type FacetName, type FacetValue } from './facets.js';

/** Opens the store at `path` (`:memory:` for tests), applies migrations and loads reference data. */
export function openStore(path: string): Db {
  const db = openDatabase(path);
  seedReferenceData(db);
  return db;
}
export { saveChildRights, getChildRights, type ChildRightsResult } from './child-rights.js';
export { saveDocument, findDocumentBySha, listDocuments, getDocumentParagraphs, getDocumentFootnotes, type NewDocument, type SavedDocument, type DocumentRow } from './documents.js';
export { upsertDocumentRecommendations, documentRecommendationIds, pendingParagraphs, documentRecommendationKey, savePosition, refreshResponse, getPositions, saveDialogue, getDialogue, POSITION_PRECEDENCE, type DocumentOrigin, type DocumentRecommendationInput, type PositionInput, type PositionRow, type DialogueStatementInput, type DialogueStatementRow } from './document-recommendations.js';
export { saveDocumentCheck, listDocumentChecks, getDocumentCheck, reviewsNeedingReview, reportParagraphs, stillPendingParagraphs, type DocumentCheckInput, type DocumentCheckRow, type DocumentCheckStatus } from './document-checks.js';
