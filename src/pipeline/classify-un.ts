// Children's-rights classification of UN treaty-body and special-procedure recommendations (UHRI imports),
// with the same classifier and version as recommendations. Called by `upr import uhri` after each file.
import { saveUnChildRights, unRecommendationsToClassify, type Db } from '../store/index.js';
import { classifyText, MODEL_VERSION } from '../extract/index.js';

/** Classifies every UN recommendation not yet classified by this classifier version; returns how many, and how many concern children. */
export function classifyUnRecommendations(db: Db): { classified: number; childRights: number } {
  let classified = 0;
  let childRights = 0;
  for (let batch = unRecommendationsToClassify(db, MODEL_VERSION); batch.length > 0; batch = unRecommendationsToClassify(db, MODEL_VERSION)) {
    saveUnChildRights(db, batch.map(({ id, text }) => {
      const r = classifyText(text, 'en');
      if (r.isChildRights) childRights++;
      return { id, isChildRights: r.isChildRights, score: r.score, issues: r.isChildRights ? r.issues.map((i) => i.id) : [], modelVersion: MODEL_VERSION };
    }));
    classified += batch.length;
  }
  return { classified, childRights };
}
