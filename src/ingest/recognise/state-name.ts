// Finding the State under review in a document's own words: the name line under the title, the
// "Advance questions to X" / "UPR of X" / "review: X" phrases, or the State most named. Pure.
import { allStates, resolveState, stateByIso3 } from '../../core/index.js';

/** True when `iso3` is a State of the reference list. */
export function knownIso3(iso3: string): boolean {
  return Boolean(stateByIso3(iso3));
}

function resolve(name: string): string | null {
  const cleaned = name.replace(/[*∗\d]+$/u, '').replace(/\s+/g, ' ').trim();
  if (cleaned.length < 4 || cleaned.length > 60) return null;
  const state = resolveState(cleaned) ?? resolveState(titleCase(cleaned));
  return state ? state.iso3 : null;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\b(Of|The|And)\b/g, (w) => w.toLowerCase());
}

const PHRASES = [
  /ADVANCE QUESTIONS TO ([^\n(–-]+?)(?:\s*[–(-]|\s*$)/im,
  /UPR of ([^\n(]+?)\s*\(/i,
  /Outcome of the universal periodic review:\s*([^\n*∗]+)/i,
  /(?:Compilation|Summary of Stakeholders[’'] submissions) on ([^\n*∗]+)/i,
];

/** The State named on the first page (a line of its own, or a known phrase) or in the page headers. */
export function findStateName(firstPage: string, headers = ''): string | null {
  for (const re of PHRASES) {
    for (const text of [headers, firstPage]) {
      const m = re.exec(text);
      const iso3 = m ? resolve(m[1]!) : null;
      if (iso3) return iso3;
    }
  }
  for (const line of firstPage.split('\n').slice(0, 60)) {
    const t = line.trim();
    if (!t || /\s{3,}/.test(t)) continue;
    const iso3 = resolve(t);
    if (iso3) return iso3;
  }
  return null;
}

/** The State whose name occurs most often in `text` (at least twice), for letters and infographics. */
export function mostMentionedState(text: string): string | null {
  let best: { iso3: string; n: number } | null = null;
  for (const s of allStates()) {
    let n = 0;
    for (const name of new Set([s.name, s.shortName])) {
      if (name.length < 4) continue;
      const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      n += (text.match(re) ?? []).length;
    }
    if (n >= 2 && (!best || n > best.n)) best = { iso3: s.iso3, n };
  }
  return best?.iso3 ?? null;
}
