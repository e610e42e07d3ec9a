// Settings are not issues: the places where something happens to children ("violence … in the school environment",
// "at home, schools, penal institutions and centres of alternative care", "mental health services in schools", "born
// outside of health institutions") name no schooling, alternative care or health of their own. Pure: normalised text
// and matched terms in, the issues whose every term lies in a setting out.
import type { ChildRightsIssueId } from '../../core/index.js';

type Hits = Partial<Record<ChildRightsIssueId, string[]>>;

/** Issues a setting can wrongly raise. */
const SETTING_ISSUES: readonly ChildRightsIssueId[] = ['education', 'family_alternative_care', 'health'];
/** Issues that say who the children are, not what is asked for them: no setting is "where" they happen. */
export const GROUPS: readonly ChildRightsIssueId[] = ['ethnic_minority_children', 'disability', 'migrant_refugee_children', 'poverty_social_protection'];
/** Words that open a setting ("in", "at", "within", "outside of", "including in"). */
const OPENERS = new Set(['in', 'at', 'within', 'inside', 'outside']);
/** Place words. "Health", "educational"… are place words before an institution word ("health institutions") and may
 * stand in a list that ends with one ("the educational, health and alternative care systems"). */
const PLACES = new Set(['home', 'homes', 'school', 'schools', 'kindergartens', 'classrooms', 'environment', 'environments', 'settings', 'setting',
  'institutions', 'institution', 'establishments', 'facilities', 'centres', 'centers', 'penal', 'detention', 'custodial', 'alternative', 'care',
  'residential', 'workplace', 'workplaces', 'places', 'premises', 'hospitals', 'family', 'families', 'sports', 'clubs']);
const BEFORE_INSTITUTION = new Set(['health', 'educational', 'medical', 'public', 'private', 'religious', 'state']);
const INSTITUTION = new Set(['institutions', 'institution', 'establishments', 'facilities', 'centres', 'centers', 'settings', 'systems', 'system', 'environment']);
/** Words allowed inside a list of places. */
const GLUE = new Set(['and', 'or', 'the', 'of', 'all', 'other', 'in', 'at', 'including', 'as', 'well', 'such', 'both', 'its', 'their', 'school-based']);

const bare = (w: string) => w.replace(/^[("'“]+|[)"'”,;:.]+$/g, '');
const isPlace = (w: string, next: string | undefined) => PLACES.has(w) || (BEFORE_INSTITUTION.has(w) && next !== undefined && INSTITUTION.has(next));

/** Word ranges [start, end) of the settings named in `words`: an opener, then a list of places (at least one). */
export function settingSpans(words: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!OPENERS.has(bare(words[i]!))) continue;
    let j = i + 1;
    let places = 0;
    let lastPlace = -1;
    while (j < words.length) {
      const w = bare(words[j]!);
      if (isPlace(w, words[j + 1] === undefined ? undefined : bare(words[j + 1]!))) {
        places++;
        lastPlace = j;
      } else if (!GLUE.has(w) && !BEFORE_INSTITUTION.has(w)) break;
      // A list ends at a full stop or semicolon.
      if (/[;.]$/.test(words[j]!)) break;
      j++;
    }
    if (places > 0) spans.push([i, lastPlace + 1]);
  }
  return spans;
}

/** Word positions where `term` starts in `words` (terms are matched on the same normalised text). */
function termStarts(term: string, text: string, words: readonly string[]): number[] {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(`\\b${escaped}\\b`, 'g'))) {
    let n = 0;
    for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) > 32 && (i === 0 || text.charCodeAt(i - 1) <= 32)) n++;
    out.push(Math.min(n, words.length - 1));
  }
  return out;
}

/**
 * Drops education, alternative care or health when every occurrence of every one of its terms lies in a setting and
 * another issue says what the text asks for (the setting is where that happens); an issue that only says who the
 * children are (minority, disability, migrant, poor) is not enough ("Roma children in the educational system").
 */
export function dropSettings(hits: Hits, normalised: string): Hits {
  const words = normalised.split(/\s+/).filter(Boolean);
  let spans: [number, number][] | undefined;
  const out: Hits = { ...hits };
  for (const id of SETTING_ISSUES) {
    const terms = out[id];
    const what = Object.keys(out).some((k) => k !== id && !GROUPS.includes(k as ChildRightsIssueId));
    if (!terms || !what) continue;
    spans ??= settingSpans(words);
    if (spans.length === 0) return out;
    const inSetting = (p: number) => spans!.some(([a, b]) => p >= a && p < b);
    if (terms.every((t) => termStarts(t, normalised, words).every(inSetting))) delete out[id];
  }
  return out;
}
