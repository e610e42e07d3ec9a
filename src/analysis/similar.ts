// "The same recommendation in other cycles": recommendations to the same State under review, in other
// cycles, whose text shares the salient words of this one (FTS5 ranking over an OR of those words).
import { searchRecommendations, type Db } from '../store/index.js';
import type { RecommendationView } from '../core/types.js';

const STOP = new Set(('about above after again against also among and any are as at be because been before being between both but by can continue could '
  + 'consider did do does each efforts ensure establish for from further had has have how its into is it more most must national necessary not of on or '
  + 'other our out over own particular pursue recommend recommended same should so some such take than that the their them then there these they this '
  + 'those through to under until up very was were what when where which while who will with within would adopt measures steps strengthen state '
  + 'including including implement').split(/\s+/));

/** Up to `max` salient words of a recommendation: long, not generic, in order of length. */
export function salientWords(text: string, max = 6): string[] {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]{4,}/g) ?? [];
  const uniq = [...new Set(words)].filter((w) => !STOP.has(w));
  return uniq.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, max);
}

/** Recommendations to the same State in other cycles whose text is closest to `rec`'s, best first. */
export function similarInOtherCycles(db: Db, rec: RecommendationView, limit = 5): RecommendationView[] {
  const words = salientWords(rec.text);
  if (words.length === 0) return [];
  const cycles = (db.prepare('SELECT DISTINCT cycle FROM reviews WHERE state_iso3 = ? AND cycle != ?').all(rec.stateUnderReview.iso3, rec.cycle) as { cycle: number }[]).map((c) => c.cycle);
  if (cycles.length === 0) return [];
  const query = words.map((w) => `"${w}"`).join(' OR ');
  return searchRecommendations(db, { query, state: [rec.stateUnderReview.iso3], cycle: cycles }, { sort: 'relevance', limit }).items;
}
