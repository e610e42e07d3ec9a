// Public face of the pipeline: services that run a whole job (ingesting documents) over the store, called
// by the CLI, the web app and tests alike.
export { ingestDocuments } from './ingest-documents.js';
export type { ForcedRecognition } from './forced.js';
export { listDocumentFiles, type WalkResult } from './walk.js';
export { extractAndStore, type ExtractionSummary, type StoredDocumentRef } from './extraction.js';
export type { DocumentOutcome, DocumentStatus, IngestEvent, IngestOptions, IngestResult, IngestSummary, SkippedPath } from './types.js';
export { classifyRecommendations, MODEL_VERSION, type ClassifySummary } from './classify.js';
export { updateReviews, type UpdateTarget, type ReviewUpdate, type UpdateEvent } from './update.js';
export { acquireLock, type LockOptions } from './update-lock.js';
export { classifyUnRecommendations } from './classify-un.js';
export { mapSubmitters, mapAllSubmitters } from './submitter-map.js';
export { classifyDocumentParagraphs, type ParagraphClassifySummary } from './classify-paragraphs.js';
