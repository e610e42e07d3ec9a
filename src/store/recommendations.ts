// Recommendations: insertion (idempotent by natural key) and reading back as RecommendationView.
import type { Db } from './database.js';
import { disagreements, type RecommendationView, type Response } from '../core/index.js';
import { getClaims } from './recommendation-sources.js';

export interface NewRecommendation {
  reviewId: number;
  origin: 'upr-info' | 'document' | 'uhri';
  naturalKey: string;
  paragraph: string | null;
  text: string;
  response: Response;
  responseSource: string | null;
  actionCategory: number | null;
  sourceId: number;
  documentId: number | null;
  locator: string;
  /** ISO3 codes in the order the source names them. */
  recommendingStates: string[];
  issues: string[];
}

export interface RecommendationWriter {
  /** Inserts unless a row with the same natural key exists; returns true when inserted. */
  insert(rec: NewRecommendation): boolean;
}

/** Prepares the statements once for a batch of inserts (call inside a transaction). */
export function recommendationWriter(db: Db): RecommendationWriter {
  const insertRec = db.prepare(`INSERT INTO recommendations (review_id, origin, natural_key, paragraph, text, response,
      response_source, action_category, source_id, document_id, locator)
    VALUES (@reviewId, @origin, @naturalKey, @paragraph, @text, @response, @responseSource, @actionCategory,
      @sourceId, @documentId, @locator)
    ON CONFLICT(natural_key) DO NOTHING`);
  const insertState = db.prepare('INSERT OR IGNORE INTO recommendation_states (recommendation_id, state_iso3, position) VALUES (?, ?, ?)');
  const insertIssue = db.prepare('INSERT OR IGNORE INTO recommendation_issues (recommendation_id, issue) VALUES (?, ?)');
  return {
    insert(rec) {
      const { recommendingStates, issues, ...row } = rec;
      const r = insertRec.run(row);
      if (r.changes === 0) return false;
      const id = Number(r.lastInsertRowid);
      recommendingStates.forEach((iso3, i) => insertState.run(id, iso3, i));
      for (const issue of issues) insertIssue.run(id, issue);
      return true;
    },
  };
}

export function countRecommendations(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM recommendations').get() as { n: number }).n;
}

interface ViewRow {
  id: number; paragraph: string | null; text: string; response: Response; responseSource: string | null;
  actionCategory: number | null; locator: string; cycle: number; session: number | null;
  surIso3: string; surName: string; file: string; sha256: string; byStates: string | null; issues: string | null;
}

const VIEW_SQL = `SELECT r.id, r.paragraph, r.text, r.response, r.response_source AS responseSource,
    r.action_category AS actionCategory, r.locator, v.cycle, v.session,
    s.iso3 AS surIso3, s.name AS surName, src.file_name AS file, src.sha256,
    (SELECT group_concat(st.iso3 || '|' || st.name, ';') FROM
       (SELECT rs.state_iso3, rs.position FROM recommendation_states rs WHERE rs.recommendation_id = r.id ORDER BY rs.position) x
       JOIN states st ON st.iso3 = x.state_iso3) AS byStates,
    (SELECT group_concat(ri.issue, ';') FROM recommendation_issues ri WHERE ri.recommendation_id = r.id) AS issues
  FROM recommendations r
  JOIN reviews v ON v.id = r.review_id
  JOIN states s ON s.iso3 = v.state_iso3
  JOIN sources src ON src.id = r.source_id`;

/** Reads recommendations by id, in the order given, as the view every export and page shows. */
export function getRecommendations(db: Db, ids: number[]): RecommendationView[] {
  if (ids.length === 0) return [];
  const rows: ViewRow[] = [];
  const stmt = db.prepare(`${VIEW_SQL} WHERE r.id IN (SELECT value FROM json_each(?))`);
  for (let i = 0; i < ids.length; i += 5000) rows.push(...(stmt.all(JSON.stringify(ids.slice(i, i + 5000))) as ViewRow[]));
  const claims = getClaims(db, ids);
  const byId = new Map(rows.map((r): [number, RecommendationView] => {
    const sources = claims.get(r.id) ?? [];
    return [r.id, { ...toView(r), sources, disagreement: disagreements(sources) }];
  }));
  return ids.map((id) => byId.get(id)).filter((v): v is RecommendationView => v !== undefined);
}

function toView(r: ViewRow): RecommendationView {
  return {
    id: r.id,
    stateUnderReview: { name: r.surName, iso3: r.surIso3 },
    recommendingStates: (r.byStates ?? '').split(';').filter(Boolean).map((p) => {
      const [iso3, name] = p.split('|') as [string, string];
      return { iso3, name };
    }),
    cycle: r.cycle,
    session: r.session ?? 0,
    paragraph: r.paragraph,
    text: r.text,
    response: r.response,
    responseSource: r.responseSource,
    issues: (r.issues ?? '').split(';').filter(Boolean).sort(),
    actionCategory: r.actionCategory,
    provenance: { file: r.file, sha256: r.sha256, locator: r.locator },
  };
}
