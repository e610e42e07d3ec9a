// Sources of one recommendation (docs/merge.md): each source's claim, the precedence among them, and where
// they disagree (position, recommending States, text beyond trivial differences). Pure.
import type { Response } from './types.js';

/** Kinds of source claiming something about a recommendation. */
export type ClaimKind = 'upr_info' | 'wg_report' | 'uhri' | 'addendum' | 'thematic_list' | 'hrc_decision';

/**
 * Higher wins when sources disagree: the State's own addendum, OHCHR's thematic list of its positions and
 * the HRC decision > UHRI > the extracted Working Group report > UPR Info's database.
 */
export const CLAIM_PRECEDENCE: Readonly<Record<ClaimKind, number>> = {
  upr_info: 1, wg_report: 2, uhri: 3, addendum: 4, thematic_list: 5, hrc_decision: 6,
};

/** One source's claim about a recommendation, as shown and exported. */
export interface SourceClaim {
  kind: ClaimKind;
  precedence: number;
  file: string;
  documentSymbol: string | null;
  locator: string;
  paragraph: string | null;
  /** Null when the source states only a position. */
  text: string | null;
  response: Response;
  responseSource: string | null;
  /** ISO3 codes. */
  recommendingStates: string[];
}

export type Disagreement = 'position' | 'recommending States' | 'text';

/**
 * A text without what differs trivially, as one string of letters and digits: parenthesised States, a
 * footnote quoting the dialogue, page footers (GE.13-…), case, accents, punctuation and spacing (anti-trafficking
 * and antitrafficking), the leading "To"/"That", British and American spelling (-ise/-ize, -our/-or).
 */
function squash(text: string): string {
  return text
    .replace(/The recommendation[^“”"]{0,40}during the interactive dialogue[^“”"]{0,30}[“"][^”"]*[”"]/gi, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b\d*\s*GE\.\d{2}-\S*/g, ' ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/^\s*(it\s+)?(also\s+)?(recommend(ed|s)?\s+(that\s+)?|to\s+|that\s+)+/, '')
    .replace(/is(e|ed|es|ing|ation|ations)\b/g, 'iz$1').replace(/our\b/g, 'or')
    .replace(/[^a-z0-9]+/g, '');
}

/** True unless the shorter text is, but for trivial differences, part of the longer (one source quoting its clause of the other's item). */
function textsDiffer(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !long.includes(short);
}

/** The source a claim speaks for: UPR Info's database as one, each document or file of the other kinds. */
const sourceOf = (c: SourceClaim) => (c.kind === 'upr_info' ? 'upr_info' : `${c.kind}|${c.file}`);

/**
 * Where the claims disagree: two sources state different positions (supported vs noted; pending and
 * unknown are not positions), name different sets of recommending States (States per source: UPR Info's
 * one-State rows of a recommendation together), or give texts that differ beyond trivial differences (the
 * shorter, squashed, is not part of the longer).
 */
export function disagreements(claims: readonly SourceClaim[]): Disagreement[] {
  const out: Disagreement[] = [];
  const positions = new Set(claims.map((c) => c.response).filter((r) => r === 'supported' || r === 'noted'));
  if (positions.size > 1) out.push('position');
  const statesBySource = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.text === null || c.recommendingStates.length === 0) continue;
    const key = sourceOf(c);
    const set = statesBySource.get(key) ?? new Set<string>();
    for (const s of c.recommendingStates) set.add(s);
    statesBySource.set(key, set);
  }
  const stateSets = new Set([...statesBySource.values()].map((s) => [...s].sort().join()));
  if (stateSets.size > 1) out.push('recommending States');
  // A thematic list copies the report's text, clause by clause: its text is not a second opinion.
  // Texts are compared across sources only: UPR Info's records of one item are its different States' clauses.
  const texts = claims.filter((c) => c.text !== null && c.kind !== 'thematic_list').map((c) => ({ source: sourceOf(c), text: squash(c.text!) }));
  if (texts.some((a, i) => texts.slice(i + 1).some((b) => a.source !== b.source && textsDiffer(a.text, b.text)))) out.push('text');
  return out;
}

/** One line per claim for a flat export: `wg_report A/HRC/23/5 para 124.3, page 20: supported (Brazil; Chile)`. */
export function formatClaims(claims: readonly SourceClaim[]): string {
  return claims.map((c) => `${c.kind} ${c.documentSymbol ?? c.file} ${c.locator}: ${c.response}${c.recommendingStates.length ? ` (${c.recommendingStates.join(', ')})` : ''}`).join('; ');
}
