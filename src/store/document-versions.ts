// Versions of a stored document: the same symbol and language ingested again from other bytes replaces
// the content of the document row (its id stays, so links and positions of other documents stay valid) and
// keeps one `document_versions` row per earlier version (migration 008). Recommendations the new version no
// longer has are kept when another document carrying their text (a thematic list) states them, else deleted
// with everything attached to them, so no row is left pointing at text that is gone.
import type { Db } from './database.js';
import { refreshResponse } from './document-recommendations.js';
import { refreshChosen } from './recommendation-sources.js';

/** The document row holding the current version of a symbol in a language. */
export interface CurrentDocument {
  id: number;
  sourceId: number;
  version: number;
}

/** What the replacement of a version cleared, to settle after the new version's extraction. */
export interface ReplacedVersion {
  /** The version number the document holds now. */
  version: number;
  previousSourceId: number;
  /** Recommendations whose text came from the earlier version. */
  previousRecommendations: number[];
  /** Recommendations that lost a position stated by the earlier version. */
  repositioned: number[];
}

/** A file content stored as an earlier version of a document. */
export interface EarlierVersion {
  documentId: number;
  symbol: string | null;
  version: number;
  currentVersion: number;
}

export interface DocumentVersionRow {
  version: number;
  sha256: string;
  fileName: string;
  sizeBytes: number;
  ingestedAt: string;
  replacedAt: string;
  paragraphs: number;
  footnotes: number;
  recommendations: number;
  positions: number;
  recommendationsRemoved: number;
}

/** The stored document of `symbol` in `language` (null matches a language not recognised). */
export function currentDocument(db: Db, symbol: string, language: string | null): CurrentDocument | undefined {
  return db.prepare(`SELECT id, source_id AS sourceId, version FROM documents WHERE symbol = ? AND language IS ? ORDER BY id LIMIT 1`)
    .get(symbol, language) as CurrentDocument | undefined;
}

/** The document of which a file with this SHA-256 was an earlier (replaced) version, if any. */
export function findEarlierVersion(db: Db, sha256: string): EarlierVersion | undefined {
  return db.prepare(`SELECT v.document_id AS documentId, d.symbol, v.version, d.version AS currentVersion
    FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.sha256 = ? ORDER BY v.version DESC LIMIT 1`)
    .get(sha256) as EarlierVersion | undefined;
}

/** Earlier versions of a document, oldest first. */
export function documentVersions(db: Db, documentId: number): DocumentVersionRow[] {
  return db.prepare(`SELECT version, sha256, file_name AS fileName, size_bytes AS sizeBytes, ingested_at AS ingestedAt, replaced_at AS replacedAt,
      paragraphs, footnotes, recommendations, positions, recommendations_removed AS recommendationsRemoved
    FROM document_versions WHERE document_id = ? ORDER BY version`).all(documentId) as DocumentVersionRow[];
}

/**
 * Records the current version of `doc` as a version row, then clears its content and what was derived
 * from it (text, paragraphs and their index, footnotes, check, positions, dialogue, corrigendum
 * instructions). Call inside the transaction that stores the new version.
 */
export function recordVersionAndClear(db: Db, doc: CurrentDocument, now: string): ReplacedVersion {
  const id = doc.id;
  const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
  const previousRecommendations = (db.prepare('SELECT id FROM recommendations WHERE document_id = ?').all(id) as { id: number }[]).map((r) => r.id);
  const repositioned = (db.prepare('SELECT recommendation_id AS id FROM recommendation_positions WHERE document_id = ?').all(id) as { id: number }[]).map((r) => r.id);
  db.prepare(`INSERT INTO document_versions (document_id, version, sha256, path, file_name, size_bytes, ingested_at, replaced_at,
      paragraphs, footnotes, recommendations, positions)
    SELECT d.id, d.version, s.sha256, s.path, s.file_name, s.size_bytes, d.ingested_at, ?, ?, ?, ?, ?
    FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?`)
    .run(now, count('SELECT count(*) AS n FROM document_paragraphs WHERE document_id = ?'),
      count('SELECT count(*) AS n FROM document_footnotes WHERE document_id = ?'), previousRecommendations.length, repositioned.length, id);
  clearDerived(db, id);
  return { version: doc.version + 1, previousSourceId: doc.sourceId, previousRecommendations, repositioned };
}

/** Deletes a document's content and the rows derived from it, except its recommendations (see settleRecommendations). */
export function clearDerived(db: Db, id: number): void {
  for (const sql of [
    'DELETE FROM recommendation_positions WHERE document_id = ?', 'DELETE FROM dialogue_statements WHERE document_id = ?',
    'DELETE FROM document_checks WHERE document_id = ?', 'DELETE FROM document_corrections WHERE corrigendum_id = ?',
    'DELETE FROM document_paragraphs WHERE document_id = ?', 'DELETE FROM document_footnotes WHERE document_id = ?',
    'DELETE FROM document_texts WHERE document_id = ?',
  ]) db.prepare(sql).run(id);
}

/**
 * After the new version's extraction (or a removal): recommendations that came from the document and that it
 * no longer states are moved to another document carrying their text (a thematic list or report stating
 * them), else deleted with their States, issues, classification, history and positions. Recommendations
 * that lost a position get their response recomputed. Returns how many were deleted.
 */
export function settleRecommendations(db: Db, documentId: number, previous: readonly number[], repositioned: readonly number[]): number {
  const stillStated = db.prepare('SELECT 1 FROM recommendation_positions WHERE recommendation_id = ? AND document_id = ?');
  const carrier = db.prepare(`SELECT d.id, d.source_id AS sourceId FROM recommendation_positions p JOIN documents d ON d.id = p.document_id
    WHERE p.recommendation_id = ? AND d.id <> ? AND d.type IN ('wg_report', 'thematic_list') ORDER BY p.precedence, p.id LIMIT 1`);
  const move = db.prepare('UPDATE recommendations SET document_id = ?, source_id = ? WHERE id = ?');
  // A recommendation UPR Info or UHRI also states (a claim not read from a document) is not the document's alone:
  // it stays, resting on that source again (the highest precedence first), so no imported record is lost.
  const imported = db.prepare(`SELECT kind, claim_key AS key, source_id AS sourceId, locator FROM recommendation_claims
    WHERE recommendation_id = ? AND document_id IS NULL ORDER BY precedence DESC, id LIMIT 1`);
  const rebase = db.prepare('UPDATE recommendations SET document_id = NULL, origin = ?, natural_key = ?, source_id = ?, locator = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM recommendations WHERE id = ?');
  let removed = 0;
  const gone = new Set<number>();
  for (const id of previous) {
    if (stillStated.get(id, documentId)) continue;
    const other = carrier.get(id, documentId) as { id: number; sourceId: number } | undefined;
    const claim = other ? undefined : imported.get(id) as { kind: string; key: string; sourceId: number; locator: string } | undefined;
    if (other) move.run(other.id, other.sourceId, id);
    else if (claim) {
      rebase.run(claim.kind === 'uhri' ? 'uhri' : 'upr-info', claim.key, claim.sourceId, claim.locator, id);
      refreshChosen(db, id);
    } else {
      remove.run(id);
      gone.add(id);
      removed++;
    }
  }
  const reset = db.prepare(`UPDATE recommendations SET response = 'unknown', response_source = NULL WHERE id = ?
    AND NOT EXISTS (SELECT 1 FROM recommendation_positions WHERE recommendation_id = ? AND response <> 'unknown')`);
  for (const id of new Set(repositioned)) {
    if (gone.has(id)) continue;
    reset.run(id, id);
    refreshResponse(db, id);
  }
  return removed;
}

/**
 * Finishes a replacement after extraction: recommendations settled (see above), those from the new version
 * given its source, the version row told how many were removed, and the earlier source row deleted when
 * nothing refers to it any more. Returns the number of recommendations removed.
 */
export function finishReplacement(db: Db, documentId: number, sourceId: number, replaced: ReplacedVersion): number {
  const removed = settleRecommendations(db, documentId, replaced.previousRecommendations, replaced.repositioned);
  db.prepare('UPDATE recommendations SET source_id = ? WHERE document_id = ? AND source_id <> ?').run(sourceId, documentId, sourceId);
  db.prepare('UPDATE recommendation_claims SET source_id = ? WHERE document_id = ? AND source_id <> ?').run(sourceId, documentId, sourceId);
  db.prepare('UPDATE document_versions SET recommendations_removed = ? WHERE document_id = ? AND version = ?').run(removed, documentId, replaced.version - 1);
  dropSourceIfUnused(db, replaced.previousSourceId);
  return removed;
}

/** Deletes a source row that no document, recommendation or history row refers to. */
export function dropSourceIfUnused(db: Db, sourceId: number): boolean {
  const used = db.prepare(`SELECT 1 WHERE EXISTS (SELECT 1 FROM documents WHERE source_id = @id)
    OR EXISTS (SELECT 1 FROM recommendations WHERE source_id = @id)
    OR EXISTS (SELECT 1 FROM recommendation_history WHERE source_id = @id OR replaced_by_source_id = @id)
    OR EXISTS (SELECT 1 FROM pledges WHERE source_id = @id)
    OR EXISTS (SELECT 1 FROM recommendation_claims WHERE source_id = @id)
    OR EXISTS (SELECT 1 FROM un_recommendations WHERE source_id = @id)`).get({ id: sourceId });
  if (used) return false;
  db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
  return true;
}
