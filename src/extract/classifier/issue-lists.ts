// Terms restored by a list: a service named beside a child's service ("children with disabilities have access to
// education and health-care services"), or a harm named among children's harms ("child labour, violence and sexual
// abuse"), is the children's too, though no child word stands near it. Pure: kept and dropped terms and the text in.
import type { ChildRightsIssueId } from '../../core/index.js';
import { listed, occurrences } from './issue-words.js';

type Hits = Partial<Record<ChildRightsIssueId, string[]>>;

/** Services named for children together: a service term listed with one that names children ("children with
 * disabilities have access to education and health-care services", "the right to health, education and birth
 * registration") is theirs too. */
export const SERVICES: readonly ChildRightsIssueId[] = ['education', 'health', 'poverty_social_protection'];
const COORDINATING: readonly ChildRightsIssueId[] = [...SERVICES, 'birth_registration_nationality'];
/** Issues whose generic terms a list of children's harms carries. */
export const HARMS: readonly ChildRightsIssueId[] = ['violence', 'trafficking_exploitation'];
/** Harms that are children's by name: a violence or trafficking term listed among them ("child labour, violence and sexual abuse and
 * street children", "sexual abuse, exploitation and child trafficking") is violence against children too. */
const CHILD_HARMS = /^(?:child (?:labou?r|labor|marriages?|trafficking|prostitution|pornography|soldiers?)|street children|corporal punishments?|early (?:and forced )?marriages?|sale of children|(?:sexual )?exploitation of children|hazardous work)$/;
/** Violence terms that name another group's harm: never restored by a list ("violence against women"). */
const OTHERS_HARM = /^(?:violence against women|gender-based violence|marital violence|killings?)$/;
/** Words after a service word that make it people ("health professionals", "teachers"), not a service. */
const PEOPLE = /^(?:professionals?|workers?|personnel|staff|officials?|authorities|providers?|teachers?)[,;.]?$/;

/** Word spans [start, end] of the kept terms that can carry a dropped term of `id` listed beside them. */
function partnerSpans(id: ChildRightsIssueId, out: Hits, text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [other, terms] of Object.entries(out) as [ChildRightsIssueId, string[]][]) {
    for (const t of terms) {
      const partner = HARMS.includes(id) ? CHILD_HARMS.test(t) && other !== id : COORDINATING.includes(other) && !/^teachers?$/.test(t);
      if (partner) for (const p of occurrences(t, text)) spans.push([p, p + t.split(' ').length - 1]);
    }
  }
  return spans;
}

/** Restores the dropped terms listed beside a partner term (each an item of one list, see `listed`). */
export function coordinated(out: Hits, dropped: [ChildRightsIssueId, string[]][], text: string, never: (id: ChildRightsIssueId, term: string) => boolean): Hits {
  const words = text.split(/\s+/).filter(Boolean);
  const result: Hits = { ...out };
  for (const [id, terms] of dropped) {
    const spans = partnerSpans(id, out, text);
    if (spans.length === 0) continue;
    const kept = terms.filter((t) => !never(id, t) && !OTHERS_HARM.test(t) && occurrences(t, text).some((p) => {
      const end = p + t.split(' ').length - 1;
      if (PEOPLE.test(words[end + 1] ?? '')) return false;
      const otherForms = (b: number) => HARMS.includes(id) && /^(?:and|or) (?:all |any )?other forms? of$/.test(words.slice(b + 1, p).join(' '));
      return spans.some(([a, b]) => (b < p && (listed(words, b, p) || otherForms(b)) && p - b <= 6) || (a > end && listed(words, end, a) && a - end <= 6));
    }));
    if (kept.length > 0) result[id] = [...(result[id] ?? []), ...kept];
  }
  return result;
}
