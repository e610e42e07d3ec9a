// What a workspace follows: the reviews it tracks, their recommendations as the follow-up matrix lists
// them (with document symbol, recommending States, position and issues), and mid-term report links.
import type { Db } from './database.js';
import { UprError, type Response } from '../core/index.js';

export interface TrackedReview {
  reviewId: number;
  stateIso3: string;
  stateName: string;
  cycle: number;
  session: number | null;
  recommendations: number;
}

/** Adds the review of `stateIso3` in `cycle` to what the workspace tracks; returns its id. */
export function trackReview(db: Db, workspaceId: number, stateIso3: string, cycle: number, now: string): number {
  const review = db.prepare('SELECT id FROM reviews WHERE state_iso3 = ? AND cycle = ?').get(stateIso3, cycle) as { id: number } | undefined;
  if (!review) throw new UprError('not_found', `no review of ${stateIso3} in cycle ${cycle} is stored (import or ingest it first)`, { field: 'review', value: `${stateIso3} ${cycle}` });
  db.prepare('INSERT OR IGNORE INTO follow_up_tracked (workspace_id, review_id, added_at) VALUES (?, ?, ?)').run(workspaceId, review.id, now);
  return review.id;
}

/** The reviews the workspace tracks, by State and cycle. */
export function trackedReviews(db: Db, workspaceId: number): TrackedReview[] {
  return db.prepare(`SELECT v.id AS reviewId, v.state_iso3 AS stateIso3, s.name AS stateName, v.cycle, v.session,
      (SELECT COUNT(*) FROM recommendations r WHERE r.review_id = v.id) AS recommendations
    FROM follow_up_tracked t JOIN reviews v ON v.id = t.review_id JOIN states s ON s.iso3 = v.state_iso3
    WHERE t.workspace_id = ? ORDER BY v.state_iso3, v.cycle`).all(workspaceId) as TrackedReview[];
}

/** A tracked recommendation as the follow-up matrix lists it (see followup's MatrixRecommendation). */
export interface TrackedRecommendation {
  id: number;
  reviewId: number;
  text: string;
  symbol: string | null;
  paragraph: string | null;
  recommendingStates: string[];
  position: Response;
  issues: string[];
  childIssues: string[];
}

/**
 * Recommendations of the reviews the workspace tracks. The symbol is that of the document the
 * recommendation was read from, else the review's Working Group report (rows imported from UPR Info).
 */
export function trackedRecommendations(db: Db, workspaceId: number): TrackedRecommendation[] {
  const rows = db.prepare(`SELECT r.id, r.review_id AS reviewId, r.text, r.paragraph, r.response AS position,
      COALESCE(d.symbol, (SELECT w.symbol FROM documents w WHERE w.review_id = r.review_id AND w.type = 'wg_report' AND w.symbol IS NOT NULL ORDER BY w.id LIMIT 1)) AS symbol,
      (SELECT json_group_array(name) FROM (SELECT st.short_name AS name FROM recommendation_states rs JOIN states st ON st.iso3 = rs.state_iso3
        WHERE rs.recommendation_id = r.id ORDER BY rs.position)) AS states,
      (SELECT json_group_array(issue) FROM (SELECT issue FROM recommendation_issues WHERE recommendation_id = r.id ORDER BY issue)) AS issues,
      (SELECT json_group_array(issue) FROM (SELECT issue FROM child_rights_issues WHERE recommendation_id = r.id ORDER BY score DESC, issue)) AS childIssues
    FROM follow_up_tracked t JOIN recommendations r ON r.review_id = t.review_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE t.workspace_id = ? ORDER BY r.id`).all(workspaceId) as (Omit<TrackedRecommendation, 'recommendingStates' | 'issues' | 'childIssues'> & { states: string; issues: string; childIssues: string })[];
  return rows.map(({ states, issues, childIssues, ...r }) => ({
    ...r, recommendingStates: JSON.parse(states) as string[], issues: JSON.parse(issues) as string[], childIssues: JSON.parse(childIssues) as string[],
  }));
}

export interface MidTermLinkRow {
  documentId: number;
  symbol: string | null;
  paragraph: string;
  recommendationId: number;
  confirmedBy: number | null;
  confirmedAt: string;
}

/** Confirms that a paragraph of a stored document (a mid-term report, a Council statement) reports on a recommendation. */
export function saveMidTermLink(db: Db, workspaceId: number, link: { documentId: number; paragraph: string; recommendationId: number }, userId: number | null, now: string): MidTermLinkRow {
  if (!db.prepare('SELECT 1 FROM recommendations WHERE id = ?').get(link.recommendationId)) throw new UprError('not_found', `recommendationId: no recommendation ${link.recommendationId}`, { field: 'recommendationId' });
  if (!db.prepare('SELECT 1 FROM document_paragraphs WHERE document_id = ? AND number = ?').get(link.documentId, link.paragraph)) {
    throw new UprError('invalid_input', `paragraph: document ${link.documentId} has no paragraph ${link.paragraph}`, { field: 'paragraph', value: link.paragraph });
  }
  db.prepare(`INSERT INTO follow_up_mid_term_links (workspace_id, document_id, paragraph, recommendation_id, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`).run(workspaceId, link.documentId, link.paragraph, link.recommendationId, userId, now);
  return midTermLinks(db, workspaceId, link.recommendationId).find((l) => l.documentId === link.documentId && l.paragraph === link.paragraph)!;
}

/** The workspace's confirmed mid-term links of a recommendation (or all). */
export function midTermLinks(db: Db, workspaceId: number, recommendationId?: number): MidTermLinkRow[] {
  return db.prepare(`SELECT l.document_id AS documentId, d.symbol, l.paragraph, l.recommendation_id AS recommendationId, l.confirmed_by AS confirmedBy, l.confirmed_at AS confirmedAt
    FROM follow_up_mid_term_links l JOIN documents d ON d.id = l.document_id
    WHERE l.workspace_id = ? AND (? IS NULL OR l.recommendation_id = ?) ORDER BY l.document_id, l.paragraph`).all(workspaceId, recommendationId ?? null, recommendationId ?? null) as MidTermLinkRow[];
}

/** Numbered paragraphs of a stored document, for link suggestions. */
export function numberedParagraphs(db: Db, documentId: number): { paragraph: string; text: string }[] {
  return db.prepare('SELECT number AS paragraph, text FROM document_paragraphs WHERE document_id = ? AND number IS NOT NULL ORDER BY seq').all(documentId) as { paragraph: string; text: string }[];
}

export interface MidTermDocument {
  id: number;
  symbol: string | null;
  title: string | null;
  ingestedAt: string;
}

/**
 * Stored mid-term reports and State updates about the States whose reviews the workspace tracks: attached to
 * a review of that State, or (without a session, so without a review) titled with its name.
 */
export function midTermDocuments(db: Db, workspaceId: number): MidTermDocument[] {
  return db.prepare(`SELECT DISTINCT d.id, d.symbol, d.title, d.ingested_at AS ingestedAt FROM documents d
    JOIN follow_up_tracked t ON t.workspace_id = ? JOIN reviews v ON v.id = t.review_id JOIN states s ON s.iso3 = v.state_iso3
    WHERE d.type = 'mid_term_report' AND (d.review_id IN (SELECT id FROM reviews WHERE state_iso3 = v.state_iso3) OR d.title LIKE '%: ' || s.name)
    ORDER BY d.id`).all(workspaceId) as MidTermDocument[];
}
