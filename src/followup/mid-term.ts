// Mid-term reports and Council statements: which of a State's paragraphs report on which recommendation.
// Suggestions only (an editor confirms each link): a paragraph is suggested for a recommendation when it
// contains enough of the recommendation's content words, rare words weighing more than common ones.
import { recommendationTokens } from '../core/index.js';

export interface LinkSuggestion {
  paragraph: string;
  recommendationId: number;
  /** Weighted share (0–1) of the recommendation's content words found in the paragraph. */
  score: number;
}

/** Words of four letters or more that say what a recommendation is about (not how it is phrased). */
const GENERIC = new Set(('continue ensure take measures further efforts necessary adopt strengthen consider implement including '
  + 'national government state steps with that this from their into such other within which those these also have been '
  + 'recommendation recommendations').split(' '));

function contentWords(text: string): Set<string> {
  return new Set([...recommendationTokens(text)].filter((w) => w.length >= 4 && !GENERIC.has(w) && !/^\d+$/.test(w)));
}

/**
 * For each recommendation, the paragraphs scoring at least `threshold`, best first, at most `perRecommendation`
 * each. Word weights are inverse document frequencies over the recommendations, so a paragraph sharing
 * "roma" and "segregation" outranks one sharing "children" and "education".
 */
export function suggestLinks(
  paragraphs: readonly { paragraph: string; text: string }[],
  recommendations: readonly { id: number; text: string }[],
  threshold = 0.35,
  perRecommendation = 3,
): LinkSuggestion[] {
  const recWords = recommendations.map((r) => ({ id: r.id, words: contentWords(r.text) }));
  const df = new Map<string, number>();
  for (const r of recWords) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log(1 + recommendations.length / (df.get(w) ?? 1));
  const paraWords = paragraphs.map((p) => ({ paragraph: p.paragraph, words: recommendationTokens(p.text) }));
  const out: LinkSuggestion[] = [];
  for (const r of recWords) {
    let total = 0;
    for (const w of r.words) total += weight(w);
    if (total === 0 || r.words.size < 2) continue;
    const scored = paraWords.map((p) => {
      let hit = 0;
      for (const w of r.words) if (p.words.has(w)) hit += weight(w);
      return { paragraph: p.paragraph, recommendationId: r.id, score: Math.round((hit / total) * 1000) / 1000 };
    }).filter((s) => s.score >= threshold).sort((a, b) => b.score - a.score).slice(0, perRecommendation);
    out.push(...scored);
  }
  return out;
}
