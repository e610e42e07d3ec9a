// Numbered items that bundle several recommendations, each clause with its own State list:
// `186.1. Ratify ICCPR (Albania); Ratify ICCPR and CPED (Chile); Abide by … (France)`. Cut by structure:
// a State list closing a clause (followed by `;` or a sentence end and more text) ends one recommendation.
// Slash chains (`Sign (Australia)/Ratify (Argentina)/…`) share one object and stay one recommendation.
import { findStateGroups } from './recommending-states.js';

/** One clause of a bundled item, with its letter suffix (`a`, `b`…). */
export interface ItemClause {
  suffix: string;
  text: string;
}

/** After a State list: footnote marks, then `;` (or `.` before a capital) and more text. */
const CLAUSE_END = /^[\s*∗\d]*(;|\.(?=\s+[A-Z‘“"'(]))\s*(and\s+)?/;

const NOT_A_VERB = new Set(['The', 'A', 'An', 'In', 'Its', 'All', 'This', 'These', 'Those', 'Their', 'Such', 'As', 'For', 'With', 'Of', 'On', 'And', 'Or', 'By', 'Including', 'Particularly', 'Especially', 'Notably', 'Namely', 'Also', 'Which', 'That']);

/**
 * True when a clause opens a recommendation of its own: a capitalised verb ("Ratify …", "Abide by …", "To
 * consider …"). Lower-case continuations ("to address …", "in particular …", "the Convention …") share the
 * subject or object of the clause before them and are kept with it.
 */
function opensRecommendation(clause: string): boolean {
  const first = /^[‘“"']?([A-Z][a-z]+)\b/.exec(clause.trim())?.[1];
  return first !== undefined && !NOT_A_VERB.has(first) && /[a-z]{3}/.test(clause.slice(first.length));
}

/**
 * The clauses of an item that carries several State lists each closing a clause; a single-element list
 * (the whole text) when the item is one recommendation.
 */
export function splitBundledItem(text: string): ItemClause[] {
  const groups = findStateGroups(text);
  if (groups.length < 2) return [{ suffix: '', text }];
  const cuts: number[] = [];
  for (const g of groups) {
    const m = CLAUSE_END.exec(text.slice(g.end));
    if (!m) continue;
    const next = g.end + m[0].length;
    // The rest must open a recommendation of its own and end with a State list; "(France); (Austria);"
    // adds States to the same recommendation.
    const following = groups.find((h) => h.start >= next);
    if (following && opensRecommendation(text.slice(next, following.start))) cuts.push(next);
  }
  if (cuts.length === 0) return [{ suffix: '', text }];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(text.slice(from, c).trim());
    from = c;
  }
  parts.push(text.slice(from).trim());
  const clauses = parts.filter((p) => p.length > 0);
  if (clauses.length < 2) return [{ suffix: '', text }];
  return clauses.map((t, i) => ({ suffix: clauseLetter(i), text: t }));
}

/** a, b, … z, then aa, ab… (an item never has that many clauses, but the numbering must not break). */
function clauseLetter(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? letters[i]! : `${letters[Math.floor(i / 26) - 1]!}${letters[i % 26]!}`;
}

/** The item number of a clause: `186.1a` → `186.1`; numbers without suffix are returned as they are. */
export function itemNumber(paragraph: string): string {
  return paragraph.replace(/(\d)[a-z]{1,2}$/, '$1');
}
