// Public face of fetch: UN documents by symbol and language from the Official Document System (or a mirror)
// into a local cache, and the documents of a review worked out from the session calendar and the store.
export { fetchDocuments, describeFailure } from './fetch-documents.js';
export { planReview, type ReviewPlan } from './plan.js';
export { normaliseSymbol, preSessionSymbols, reportBaseSymbol, reviewPlan, reviewSession, latestPastCycle, councilSessionFor, type PlannedDocument } from './symbols.js';
export { documentUrl, cacheFileName, parseLanguage, LANGUAGES, DEFAULT_SOURCE, type FetchLanguage } from './naming.js';
export { readCacheIndex, type CacheEntry, type CacheIndex } from './cache.js';
export type { FetchEvent, FetchOptions, FetchOutcome, FetchRequest, FetchStatus } from './types.js';
