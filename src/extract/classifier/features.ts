// Features of a text for the statistical model: word unigrams and bigrams plus lexicon signals (which kind of
// lexicon entry matched, and which term), so the model can learn how far UPR Info follows each lexicon term.
import type { LexiconMatch } from './lexicon.js';
import { tokens } from './normalise.js';

/** Feature names of one normalised text (a set: each feature once). */
export function textFeatures(normalised: string, lex: LexiconMatch): string[] {
  const toks = tokens(normalised);
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    out.add(toks[i]!);
    if (i > 0) out.add(`${toks[i - 1]} ${toks[i]}`);
  }
  if (lex.child.length > 0) out.add('LEX:child');
  if (lex.child.length > 1) out.add('LEX:child2');
  if (lex.weak.length > 0) out.add('LEX:weak');
  if (lex.excluded.length > 0) out.add('LEX:excluded');
  if (lex.ignored.length > 0) out.add('LEX:ignored');
  for (const t of lex.child) out.add(`LEX:child=${t}`);
  for (const t of lex.weak) out.add(`LEX:weak=${t}`);
  for (const t of lex.excluded) out.add(`LEX:excluded=${t}`);
  return [...out];
}
