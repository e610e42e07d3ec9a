// Children's-rights classifications of recommendations: written by `upr classify`, read by exports and search.
import type { Db } from './database.js';

export interface ChildRightsResult {
  isChildRights: boolean;
  score: number;
  issues: { id: string; score: number }[];
  evidence: string[];
  modelVersion: string;
}

/** Replaces the classification of each recommendation, all in one transaction. */
export function saveChildRights(db: Db, results: Iterable<[recommendationId: number, result: ChildRightsResult]>): number {
  const del = db.prepare('DELETE FROM child_rights_issues WHERE recommendation_id = ?');
  const up = db.prepare(`INSERT INTO child_rights (recommendation_id, is_child_rights, score, evidence, model_version, classified_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(recommendation_id) DO UPDATE SET is_child_rights = excluded.is_child_rights,
    score = excluded.score, evidence = excluded.evidence, model_version = excluded.model_version, classified_at = excluded.classified_at`);
  const ins = db.prepare('INSERT INTO child_rights_issues (recommendation_id, issue, score) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  let n = 0;
  db.transaction(() => {
    for (const [id, r] of results) {
      up.run(id, r.isChildRights ? 1 : 0, r.score, JSON.stringify(r.evidence), r.modelVersion, now);
      del.run(id);
      if (r.isChildRights) for (const i of r.issues) ins.run(id, i.id, i.score);
      n++;
    }
  })();
  return n;
}

/** Classifications of the given recommendations (absent ids were never classified). */
export function getChildRights(db: Db, ids: number[]): Map<number, ChildRightsResult> {
  const out = new Map<number, ChildRightsResult>();
  if (ids.length === 0) return out;
  const rows = db.prepare(`SELECT c.recommendation_id AS id, c.is_child_rights AS yes, c.score, c.evidence, c.model_version AS modelVersion,
      (SELECT json_group_array(json_object('id', issue, 'score', score)) FROM child_rights_issues i WHERE i.recommendation_id = c.recommendation_id) AS issues
    FROM child_rights c WHERE c.recommendation_id IN (SELECT value FROM json_each(?))`);
  for (let i = 0; i < ids.length; i += 5000) {
    for (const r of rows.all(JSON.stringify(ids.slice(i, i + 5000))) as { id: number; yes: number; score: number; evidence: string; modelVersion: string; issues: string }[]) {
      const issues = (JSON.parse(r.issues) as { id: string; score: number }[]).sort((a, b) => b.score - a.score);
      out.set(r.id, { isChildRights: r.yes === 1, score: r.score, issues, evidence: JSON.parse(r.evidence) as string[], modelVersion: r.modelVersion });
    }
  }
  return out;
}
