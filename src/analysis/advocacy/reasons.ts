// Reasons in words: a reason is a catalogue message with its values; State codes, issue ids and regional
// groups among the values are named in the reader's language.
import { childRightsIssue, stateName, type Locale, type MessageKey } from '../../core/index.js';
import type { Reason } from './types.js';

/** "Corporal punishment" → "corporal punishment"; "FGM and …" stays. */
const midSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The sentence of a reason in the locale's language. */
export function describeReason(loc: Locale, r: Reason): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.vars)) {
    if (typeof v === 'number') vars[k] = loc.num(v);
    else if (k === 'issue') vars[k] = midSentence(childRightsIssue(v)?.names[loc.lang] ?? v);
    else if (k === 'group') vars[k] = loc.t(`grp_${v}` as MessageKey);
    else if (/^(state|sur)$/.test(k)) vars[k] = stateName(v, loc.lang);
    else vars[k] = v;
  }
  return loc.t(r.key, vars);
}
