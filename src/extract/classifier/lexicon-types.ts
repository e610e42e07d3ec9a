// The shape of one language's lexicon: regular-expression sources matched on normalised text (see normalise.ts).
import type { ChildRightsIssueId } from '../../core/index.js';

export interface LanguageLexicon {
  /** Terms naming children or a child-specific matter (CRC, corporal punishment, FGM…): one is enough for "yes". */
  child: string[];
  /** Cues that may concern children but do not say so (youth, students, family…): the statistical model decides. */
  weak: string[];
  /** Topics the rules name as "no" unless children are named (domestic violence, maternal health…). */
  excluded: string[];
  /** Look-alikes blanked out before matching: "childbirth", "law school", "youth" of adults… */
  falseFriends: string[];
  /** Per-issue terms, searched only once a text is judged to concern children. */
  issues: Partial<Record<ChildRightsIssueId, string[]>>;
}
