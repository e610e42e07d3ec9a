// Rules applied after issue terms are matched, so that a setting is not mistaken for an issue: corporal punishment
// "at school, at home and in institutions" is one issue, and the detention of migrant children is not juvenile justice.
import type { ChildRightsIssueId } from '../../core/index.js';
import { anchorIssues } from './issue-anchors.js';

type Hits = Partial<Record<ChildRightsIssueId, string[]>>;

/** Issue terms that only name where something happens when the `when` issue is present. */
const SETTINGS: { when: ChildRightsIssueId; drop: ChildRightsIssueId; terms: RegExp }[] = [
  { when: 'corporal_punishment', drop: 'education', terms: /^(schools?|teachers?|educational|classrooms?)$/ },
  { when: 'corporal_punishment', drop: 'family_alternative_care', terms: /^(alternative care|foster|institutions for children|(residential|social care|childcare|child care) institutions?|famil(y|ies))$/ },
  { when: 'migrant_refugee_children', drop: 'juvenile_justice', terms: /^(detention|detained|deprived of (their )?liberty|retention|detencion)$/ },
  // Trafficking for labour is trafficking; it adds child labour only when child labour itself is named.
  { when: 'trafficking_exploitation', drop: 'child_labour', terms: /^(labou?r exploitation|forced labou?r|economic exploitation)$/ },
  // "in school" is where discrimination, violence or punishment happens, not schooling.
  { when: 'girl_child_discrimination', drop: 'education', terms: /^(in|at) schools?$/ },
  { when: 'violence', drop: 'education', terms: /^(in|at) schools?$/ },
  { when: 'corporal_punishment', drop: 'education', terms: /^(in|at) schools?$/ },
];

/** "The rights of the child" named in passing: general measures only when it heads a list, or follows a policy, law or plan,
 * or its protection, promotion, respect or coordination (the rights of the child as a whole). */
const GENERIC_GM = /^(rights of (the )?child(ren)?|child(ren)?'s rights|child rights)$/;
const GM_CONTEXT = /\b(?:polic(?:y|ies)|laws?|legislation|legal framework|plans?|strategy|programmes?|bills?|codes?|promot[a-z]*|realization|realisation|compliance)\b(?: \S+){0,8} (?:the )?(?:rights of (?:the )?child|child(?:ren)?'s rights|child rights)|\b(?:protect(?:s|ed|ing|ion of)?|respect(?: for| of)?|coordinat[a-z]*)(?: \S+){0,8}? (?:the )?(?:rights of (?:the )?child(?:ren)?|child(?:ren)?'s rights|child rights)\b(?!,? (?:and|women))|(?:rights of (?:the )?child(?:ren)?|child(?:ren)?'s rights|child rights),? (?:\S+ ){0,2}(?:particularly|in particular|including|especially|such as|with (?:special )?attention)/;

/** Drops general measures raised only by a passing "rights of the child" when other issues say what the text is about. */
function passingRightsOfTheChild(hits: Hits, normalised: string): Hits {
  const gm = hits.general_measures;
  const others = Object.keys(hits).filter((k) => k !== 'general_measures');
  if (!gm || others.length === 0 || !gm.every((t) => GENERIC_GM.test(t)) || GM_CONTEXT.test(normalised)) return hits;
  const { general_measures: _dropped, ...rest } = hits;
  return rest;
}

/**
 * Removes generic terms not anchored by a child word nearby (issue-anchors.ts), then issues raised only by setting
 * terms (see SETTINGS); returns the hits that remain. `normalised` is the text the hits were matched on.
 */
export function applyIssueRules(hits: Hits, normalised?: string): Hits {
  const out: Hits = normalised === undefined ? { ...hits } : passingRightsOfTheChild(anchorIssues(hits, normalised), normalised);
  for (const rule of SETTINGS) {
    const terms = out[rule.drop];
    if (out[rule.when] && terms && terms.every((t) => rule.terms.test(t))) delete out[rule.drop];
  }
  return out;
}
