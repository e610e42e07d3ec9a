// The UN treaty-body and special-procedure records on one State, as the State page and its JSON show them.
import { searchUnRecommendations, unRecommendationCounts, type Db } from '../store/index.js';
import type { UnRecommendationsData } from './views/un-recommendations-section.js';

/** Texts per body shown on a State page; the rest are counted (`upr search-un` lists them all). */
const PER_BODY = 5;

export function stateUnRecommendations(db: Db, iso3: string): UnRecommendationsData {
  return { counts: unRecommendationCounts(db, iso3), items: searchUnRecommendations(db, { state: iso3, perBody: PER_BODY, limit: 1000 }).items };
}
