// Rules applied after issue terms are matched, so that a setting is not mistaken for an issue: corporal punishment
// "at school, at home and in institutions" is one issue, and the detention of migrant children is not juvenile justice.
import type { ChildRightsIssueId } from '../../core/index.js';

type Hits = Partial<Record<ChildRightsIssueId, string[]>>;

/** Issue terms that only name where something happens when the `when` issue is present. */
const SETTINGS: { when: ChildRightsIssueId; drop: ChildRightsIssueId; terms: RegExp }[] = [
  { when: 'corporal_punishment', drop: 'education', terms: /^(schools?|teachers?|educational|classrooms?)$/ },
  { when: 'corporal_punishment', drop: 'family_alternative_care', terms: /^(alternative care|foster|institutions for children|(residential|social care|childcare|child care) institutions?|famil(y|ies))$/ },
  { when: 'migrant_refugee_children', drop: 'juvenile_justice', terms: /^(detention|detained|deprived of (their )?liberty|retention|detencion)$/ },
];

/** Removes issues raised only by setting terms (see SETTINGS); returns the hits that remain. */
export function applyIssueRules(hits: Hits): Hits {
  const out: Hits = { ...hits };
  for (const rule of SETTINGS) {
    const terms = out[rule.drop];
    if (out[rule.when] && terms && terms.every((t) => rule.terms.test(t))) delete out[rule.drop];
  }
  return out;
}
