// Features of a text for the statistical model: word unigrams and bigrams plus lexicon signals.
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
  if (lex.ignored.length > 0) out.add('LEX:ignored');
  return [...out];
}
