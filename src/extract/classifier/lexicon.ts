// Lexicon matching: which child terms, weak cues, look-alikes and per-issue terms a text contains.
// Look-alikes ("childbirth", "law school", "minorities") are blanked out before anything else is matched.
import { CHILD_RIGHTS_ISSUE_IDS, type ChildRightsIssueId } from '../../core/index.js';
import type { LanguageLexicon } from './lexicon-types.js';
import type { ClassifierLanguage } from './normalise.js';
import { ENGLISH } from './lexicon-en.js';
import { FRENCH } from './lexicon-fr.js';
import { SPANISH } from './lexicon-es.js';

/** Bump when any lexicon file changes: it is part of MODEL_VERSION. */
export const LEXICON_VERSION = 'lex16';

export const LEXICONS: Record<ClassifierLanguage, LanguageLexicon> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

export interface LexiconMatch {
  /** Terms that name children or a child-specific matter. */
  child: string[];
  /** Cues that may concern children without saying so. */
  weak: string[];
  /** Topics the rules exclude when no child is named (domestic violence, maternal health…). */
  excluded: string[];
  /** Look-alikes found and ignored. */
  ignored: string[];
  /** Terms per issue (filled only when asked for). */
  issues: Partial<Record<ChildRightsIssueId, string[]>>;
}

interface Compiled {
  child: RegExp;
  weak: RegExp;
  excluded: RegExp;
  falseFriends: RegExp;
  issues: [ChildRightsIssueId, RegExp][];
}

const alternation = (sources: string[]): RegExp => new RegExp(`\\b(?:${sources.join('|')})\\b`, 'g');

function compile(parts: LanguageLexicon[]): Compiled {
  const all = <K extends 'child' | 'weak' | 'excluded' | 'falseFriends'>(k: K) => parts.flatMap((p) => p[k]);
  return {
    child: alternation(all('child')),
    weak: alternation(all('weak')),
    excluded: alternation(all('excluded')),
    falseFriends: alternation(all('falseFriends')),
    issues: CHILD_RIGHTS_ISSUE_IDS.map((id) => [id, alternation(parts.flatMap((p) => p.issues[id] ?? []))] as [ChildRightsIssueId, RegExp]),
  };
}

// French and Spanish UN texts often quote English names (CRC, Acts), so English terms apply to them too.
const COMPILED: Record<ClassifierLanguage, Compiled> = {
  en: compile([ENGLISH]),
  fr: compile([FRENCH, ENGLISH]),
  es: compile([SPANISH, ENGLISH]),
};

function unique(re: RegExp, text: string): string[] {
  return [...new Set(text.match(re) ?? [])];
}

/** Matches the lexicon of `language` on normalised text; issue terms only when `withIssues`. */
export function matchLexicon(normalised: string, language: ClassifierLanguage, withIssues: boolean): LexiconMatch {
  const c = COMPILED[language];
  const ignored = unique(c.falseFriends, normalised);
  const text = ignored.length > 0 ? normalised.replace(c.falseFriends, ' ') : normalised;
  const issues: LexiconMatch['issues'] = {};
  if (withIssues) {
    for (const [id, re] of c.issues) {
      const hits = unique(re, text);
      if (hits.length > 0) issues[id] = hits;
    }
  }
  return { child: unique(c.child, text), weak: unique(c.weak, text), excluded: unique(c.excluded, text), ignored, issues };
}
