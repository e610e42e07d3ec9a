// The one place the report asks the classifier whether a text concerns children's rights (English UN texts).
import { classifyText, MODEL_VERSION } from '../extract/index.js';

export interface ChildRightsVerdict {
  isChildRights: boolean;
  score: number;
  issues: string[];
  evidence: string[];
}

export type ChildRightsCheck = (text: string) => ChildRightsVerdict;

export const CLASSIFIER_VERSION = MODEL_VERSION;

/** A memoised check: the same sentence is often classified twice (paragraph, then its sentences). */
export function childRightsCheck(): ChildRightsCheck {
  const memo = new Map<string, ChildRightsVerdict>();
  return (text) => {
    let v = memo.get(text);
    if (!v) {
      const r = classifyText(text, 'en');
      v = { isChildRights: r.isChildRights, score: r.score, issues: r.issues.map((i) => i.id), evidence: r.evidence };
      memo.set(text, v);
    }
    return v;
  };
}
