// The Committee on the Rights of the Child's items on one State (UN records imported from UHRI: its concerns
// and recommendations, with symbol and paragraph) and, for each, the UPR recommendation to that State whose
// wording is closest: salient words (src/analysis/similar.ts) compared by word-set overlap (Dice).
import { searchUnRecommendations, type Db } from '../../store/index.js';
import { allStates, type RecommendationView } from '../../core/index.js';
import { salientWords } from '../similar.js';
import { dice } from './continuity.js';

export type CrcKind = 'concern' | 'recommendation' | 'other';

export interface CrcItem {
  id: number;
  kind: CrcKind;
  symbol: string | null;
  /** The paragraph number when the text starts with one (`29.`, `29 (a)`); UHRI gives none otherwise. */
  paragraph: string | null;
  text: string;
  /** Children's-rights issues the classifier found in the text (empty: none found). */
  issues: string[];
}

export interface CrcMatch {
  item: CrcItem;
  /** The UPR recommendation closest in wording, if any shares a salient word. */
  best: { rec: RecommendationView; similarity: number } | null;
}

/** UHRI's `Type` as a kind of item: `Recommendations` → recommendation, `Concerns/Observations` → concern. */
export function crcKind(type: string): CrcKind {
  if (/recommend/i.test(type)) return 'recommendation';
  if (/concern|observ/i.test(type)) return 'concern';
  return 'other';
}

/** The paragraph number a text opens with (`29. The Committee…` → `29`, `29 (a)` → `29 (a)`), or null. */
export function paragraphOf(text: string): string | null {
  const m = /^\s*(\d{1,3}(?:\s*\([a-z]\))?)[.)]?\s/.exec(text);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}

/** Every CRC item (CRC and its optional protocols) on State `iso3`, in the store's order (newest document first). */
export function crcItems(db: Db, iso3: string): CrcItem[] {
  return searchUnRecommendations(db, { state: iso3, body: 'CRC', limit: 1_000_000 }).items.map((u) => ({
    id: u.id, kind: crcKind(u.type), symbol: u.symbol, paragraph: paragraphOf(u.text), text: u.text, issues: u.childIssues,
  }));
}

let stateWords: Set<string> | undefined;
/** Words of State names: they say nothing about the content ("recommended that Slovenia…"). */
const namesOfStates = () => (stateWords ??= new Set(salientWords(allStates().map((s) => `${s.name} ${s.shortName}`).join(' '), 10_000)));
const REPORTING = new Set(['committee', 'recommended', 'recommends', 'concerned', 'concern', 'urged', 'urges', 'noted', 'notes', 'remained', 'also']);

/** The salient words of a text, without State names and the Committee's reporting verbs. */
export function wordsOf(text: string): Set<string> {
  const names = namesOfStates();
  return new Set(salientWords(text, 1000).filter((w) => !names.has(w) && !REPORTING.has(w)));
}

/**
 * For each CRC item, the UPR recommendation of `recs` with the most similar wording (Dice of salient words).
 * An item with children's-rights issues is compared with the recommendations on one of them (`onIssue`: their
 * ids per issue), as continuity does, so that shared legal vocabulary alone ("amend the Criminal Code") does not
 * make a match; an item without an issue is compared with them all.
 */
export function matchItems(items: CrcItem[], recs: RecommendationView[], onIssue: (issue: string) => ReadonlySet<number>): CrcMatch[] {
  const recWords = new Map(recs.map((r) => [r.id, wordsOf(r.text)]));
  return items.map((item) => {
    const w = wordsOf(item.text);
    const sets = item.issues.map(onIssue);
    let best: CrcMatch['best'] = null;
    for (const rec of recs) {
      if (sets.length > 0 && !sets.some((s) => s.has(rec.id))) continue;
      const similarity = dice(w, recWords.get(rec.id)!);
      if (similarity > 0 && (!best || similarity > best.similarity)) best = { rec, similarity };
    }
    return { item, best };
  });
}
