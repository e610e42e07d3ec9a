// "The same recommendation in other cycles": recommendations to the same State under review, in other
// cycles, whose text shares the salient words of this one (FTS5 ranking over an OR of those words).
import { facetCounts, searchIds, searchRecommendations, type Db } from '../store/index.js';
import { type RecommendationView, allStates } from '../core/index.js';

const STOP = new Set(('about above after again against also among and any are as at be because been before being between both but by can continue could '
  + 'consider did do does each efforts ensure establish for from further had has have how its into is it more most must national necessary not of on or '
  + 'other our out over own particular pursue recommend recommended same should so some such take than that the their them then there these they this '
  + 'those through to under until up very was were what when where which while who will with within would adopt measures steps strengthen state '
  + 'including implement government country countries republic').split(/\s+/));

/** Up to `max` salient words of a recommendation: long, not generic, in order of length. */
export function salientWords(text: string, max = 6): string[] {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]{4,}/g) ?? [];
  const uniq = [...new Set(words)].filter((w) => !STOP.has(w));
  return uniq.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, max);
}

/** Up to `max` of `words` that are rarest in the whole store (but found in more than one recommendation). */
function rarest(db: Db, words: string[], max: number): string[] {
  return words
    .map((w) => ({ w, n: searchIds(db, { query: `"${w}"` }, { limit: 0, sort: 'session' }).total }))
    .filter((x) => x.n > 1)
    .sort((a, b) => a.n - b.n || a.w.localeCompare(b.w))
    .slice(0, max)
    .map((x) => x.w);
}

/** Recommendations to the same State in other cycles whose text is closest to `rec`'s, best first. */
export function similarInOtherCycles(db: Db, rec: RecommendationView, limit = 5): RecommendationView[] {
  // Names of States (the one under review, recommending States in parentheses) say nothing about the content.
  const names = new Set(salientWords(allStates().map((st) => `${st.name} ${st.shortName}`).join(' '), 10_000));
  const words = rarest(db, salientWords(rec.text, 16).filter((w) => !names.has(w)), 6);
  if (words.length < 2) return [];
  const cycles = facetCounts(db, { state: [rec.stateUnderReview.iso3] }, 'cycle').map((c) => Number(c.value)).filter((c) => c !== rec.cycle);
  if (cycles.length === 0) return [];
  // At least two of the salient words must appear: any pair, ranked by BM25.
  const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => `("${a}" AND "${b}")`));
  return searchRecommendations(db, { query: pairs.join(' OR '), state: [rec.stateUnderReview.iso3], cycle: cycles }, { sort: 'relevance', limit }).items;
}
