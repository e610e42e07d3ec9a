// Removing a stored document (`upr remove`) and everything derived from it, in one transaction: its text,
// paragraphs and their full-text index, footnotes, check, positions, dialogue, versions, corrigendum
// instructions, and the recommendations extracted from it unless another document carrying their text
// states them too (those move to it) or UPR Info or UHRI records were merged into them (those stay, resting on
// that source again). Corrigenda of the document stay stored, unlinked.
import type { Db } from './database.js';
import { inTransaction } from './database.js';
import { clearDerived, dropSourceIfUnused, settleRecommendations } from './document-versions.js';
import { applyCorrections } from './document-corrections.js';

/** A stored document as `upr remove` names it, with what removing it would take away. */
export interface RemovalTarget {
  id: number;
  symbol: string | null;
  language: string | null;
  fileName: string;
  type: string;
  paragraphs: number;
  footnotes: number;
  /** Recommendations whose text came from this document. */
  recommendations: number;
  positions: number;
  dialogue: number;
  versions: number;
  /** Workspaces' follow-up (assessments, evidence, plan entries, mid-term links) on the recommendations only it states: removed with them. */
  followUp: number;
}

export interface RemovedDocument extends RemovalTarget {
  /** Of `recommendations`, those deleted (the others moved to another document stating them). */
  recommendationsRemoved: number;
  recommendationsKept: number;
}

/** Stored documents whose id is `key` (digits) or whose symbol is `key` (any letter case). */
export function findDocumentsToRemove(db: Db, key: string): RemovalTarget[] {
  const ids = /^\d+$/.test(key.trim())
    ? [Number(key.trim())]
    : (db.prepare('SELECT id FROM documents WHERE symbol = ? COLLATE NOCASE ORDER BY id').all(key.trim()) as { id: number }[]).map((r) => r.id);
  return ids.map((id) => removalTarget(db, id)).filter((t): t is RemovalTarget => t !== undefined);
}

function removalTarget(db: Db, id: number): RemovalTarget | undefined {
  // `only`: the recommendations of the document that nothing else states (see settleRecommendations).
  return db.prepare(`WITH only AS (SELECT r.id FROM recommendations r WHERE r.document_id = ?
      AND NOT EXISTS (SELECT 1 FROM recommendation_positions p JOIN documents o ON o.id = p.document_id
        WHERE p.recommendation_id = r.id AND o.id <> r.document_id AND o.type IN ('wg_report', 'thematic_list'))
      AND NOT EXISTS (SELECT 1 FROM recommendation_claims c WHERE c.recommendation_id = r.id AND c.document_id IS NULL))
    SELECT d.id, d.symbol, d.language, s.file_name AS fileName, d.type,
      (SELECT count(*) FROM document_paragraphs WHERE document_id = d.id) AS paragraphs,
      (SELECT count(*) FROM document_footnotes WHERE document_id = d.id) AS footnotes,
      (SELECT count(*) FROM recommendations WHERE document_id = d.id) AS recommendations,
      (SELECT count(*) FROM recommendation_positions WHERE document_id = d.id) AS positions,
      (SELECT count(*) FROM dialogue_statements WHERE document_id = d.id) AS dialogue,
      (SELECT count(*) FROM document_versions WHERE document_id = d.id) AS versions,
      (SELECT (SELECT count(*) FROM follow_up_assessments WHERE recommendation_id IN only)
        + (SELECT count(*) FROM follow_up_evidence WHERE recommendation_id IN only)
        + (SELECT count(*) FROM follow_up_plan WHERE recommendation_id IN only)
        + (SELECT count(*) FROM follow_up_mid_term_links WHERE recommendation_id IN only)) AS followUp
    FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?`).get(id, id) as RemovalTarget | undefined;
}

/** Removes document `id` and what was derived from it, in one transaction; undefined when there is no such document. */
export function removeDocument(db: Db, id: number): RemovedDocument | undefined {
  return inTransaction(db, () => {
    const target = removalTarget(db, id);
    if (!target) return undefined;
    const row = db.prepare('SELECT source_id AS sourceId, corrects_id AS correctsId FROM documents WHERE id = ?').get(id) as { sourceId: number; correctsId: number | null };
    const previous = (db.prepare('SELECT id FROM recommendations WHERE document_id = ?').all(id) as { id: number }[]).map((r) => r.id);
    const repositioned = (db.prepare('SELECT recommendation_id AS id FROM recommendation_positions WHERE document_id = ?').all(id) as { id: number }[]).map((r) => r.id);
    db.prepare('UPDATE documents SET corrects_id = NULL WHERE corrects_id = ?').run(id);
    clearDerived(db, id);
    db.prepare('DELETE FROM recommendation_claims WHERE document_id = ?').run(id);
    const removed = settleRecommendations(db, id, previous, repositioned);
    db.prepare('DELETE FROM document_versions WHERE document_id = ?').run(id);
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    dropSourceIfUnused(db, row.sourceId);
    // A corrigendum removed: the paragraphs it corrected get back their text (and the other corrigenda's).
    if (row.correctsId !== null) applyCorrections(db, row.correctsId);
    return { ...target, recommendationsRemoved: removed, recommendationsKept: previous.length - removed };
  });
}
