// Word positions in normalised text and the list test shared by the anchoring rules (issue-anchors.ts) and the
// restoring of terms listed together (issue-lists.ts). Pure.

/** Word number of the character at `at` (words are runs of non-space; the replacements in issue-anchors.ts keep lengths). */
export function wordIndex(text: string, at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) > 32 && (i === 0 || text.charCodeAt(i - 1) <= 32)) n++;
  return n;
}

export function positions(re: RegExp, text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) out.push(wordIndex(text, m.index));
  return out;
}

export function occurrences(term: string, text: string): number[] {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return positions(new RegExp(`\\b${escaped}\\b`), text);
}

/** Words that tie a list item to the next ("migrants and their children", "children of migrants"): no longer a list. */
const TIES = /^(?:their|its|his|her|whose|of|including|especially|particularly|in|for|from|against|to|on|by|at|affected|living|such|as|who)$/;

/** Whether the words at `a` < `b` are items of one list: only commas, "and"/"or" and other items' words between them. */
export function listed(words: readonly string[], a: number, b: number): boolean {
  if (b <= a || !(words[a]?.endsWith(',') || /^(?:and|or)$/.test(words[a + 1] ?? ''))) return false;
  return words.slice(a + 1, b).every((w) => !TIES.test(w.replace(/[,;:.]+$/, '')));
}
