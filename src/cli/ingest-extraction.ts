// Bridge from `upr ingest` to recommendation/response/dialogue extraction: given a stored document and
// its text, extract what its type carries and store it. Owned by the extraction work (issue 4b).
import type { Db } from '../store/index.js';
import type { DocumentText } from '../ingest/document-text.js';
import type { DocumentType } from '../core/types.js';

export interface StoredDocumentRef {
  id: number;
  sourceId: number;
  reviewId: number | null;
  type: DocumentType;
  symbol: string | null;
  stateIso3: string | null;
  cycle: number | null;
  session: number | null;
}

export interface ExtractionSummary {
  recommendations: number;
  positions: number;
  dialogue: number;
  problems: string[];
}

/** Extracts and stores what `doc` carries; documents without recommendations yield zeros. */
export function extractAndStore(_db: Db, _doc: StoredDocumentRef, _text: DocumentText): ExtractionSummary {
  return { recommendations: 0, positions: 0, dialogue: 0, problems: [] };
}
