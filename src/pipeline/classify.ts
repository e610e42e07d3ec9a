// The classification service: stored recommendations through the children's-rights classifier, each result
// stored with the classifier version, in batches. Called by `upr classify` and `upr update`.
import { getRecommendations, saveChildRights, type ChildRightsResult, type Db } from '../store/index.js';
import { classifyText, MODEL_VERSION } from '../extract/index.js';

const BATCH = 2000;

export interface ClassifySummary {
  modelVersion: string;
  classified: number;
  childRights: number;
  /** Recommendations per children's-rights issue, most frequent first. */
  issues: { issue: string; count: number }[];
}

/** Classifies the recommendations `ids` and stores the results (replacing earlier ones). */
export function classifyRecommendations(db: Db, ids: readonly number[], onProgress?: (done: number, total: number) => void): ClassifySummary {
  const perIssue = new Map<string, number>();
  let yes = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const results: [number, ChildRightsResult][] = getRecommendations(db, ids.slice(i, i + BATCH)).map((rec) => {
      const r = classifyText(rec.text, 'en');
      if (r.isChildRights) yes++;
      for (const issue of r.issues) perIssue.set(issue.id, (perIssue.get(issue.id) ?? 0) + 1);
      return [rec.id, { isChildRights: r.isChildRights, score: r.score, issues: r.issues, evidence: r.evidence, modelVersion: MODEL_VERSION }];
    });
    saveChildRights(db, results);
    onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  const issues = [...perIssue].sort((a, b) => b[1] - a[1]).map(([issue, count]) => ({ issue, count }));
  return { modelVersion: MODEL_VERSION, classified: ids.length, childRights: yes, issues };
}

export { MODEL_VERSION };
