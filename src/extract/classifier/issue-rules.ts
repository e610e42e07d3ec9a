// Rules applied after issue terms are matched, so that a setting is not mistaken for an issue: corporal punishment
// "at school, at home and in institutions" is one issue, and the detention of migrant children is not juvenile justice.
import type { ChildRightsIssueId } from '../../core/index.js';
import { anchorIssues } from './issue-anchors.js';
import { dropSettings, GROUPS } from './issue-settings.js';

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
  // Teachers trained on or responsible for violence against children are actors, not schooling.
  { when: 'violence', drop: 'education', terms: /^(teachers?|(in|at) schools?)$/ },
  { when: 'corporal_punishment', drop: 'education', terms: /^(in|at) schools?$/ },
  // Sexual and reproductive education "in the curriculum" is health (the written rule); the curriculum is its vehicle.
  { when: 'health', drop: 'education', terms: /^curricul(a|um)$/ },
  // "Those who have not completed compulsory education" is the age condition of child labour (ILO 138), not schooling.
  { when: 'child_labour', drop: 'education', terms: /^compulsory (education|schooling)$/ },
];

/** "The rights of the child" named in passing: general measures only when it heads a list, or follows a policy, law or plan,
 * or its protection, promotion, respect or coordination (the rights of the child as a whole). */
const GENERIC_GM = /^(rights of (the |its |their )?child(ren)?|child(ren)?'s rights|child rights)$/;
const GM_CONTEXT = /\b(?:polic(?:y|ies)|laws?|legislation|legal framework|plans?|strategy|programmes?|bills?|codes?|promot[a-z]*|realization|realisation|compliance)\b(?: \S+){0,8} (?:the )?(?:rights of (?:the )?child|child(?:ren)?'s rights|child rights)|\b(?:protect(?:s|ed|ing|ion of)?|respect(?: for| of)?|coordinat[a-z]*)(?: \S+){0,8}? (?:the )?(?:rights of (?:the |its |their )?child(?:ren)?|child(?:ren)?'s rights|child rights)\b(?!,? (?:and (?:of |the rights of )?)?women|,? (?:and )?(?:of )?(?:women|young people|youth|persons|people|the elderly|older persons|minorities|migrants)\b)|(?:rights of (?:the )?child(?:ren)?|child(?:ren)?'s rights|child rights),? (?:\S+ ){0,2}(?:particularly|in particular|including|especially|such as|with (?:special )?attention)/;

/** "The rights of children in alternative care", "… of child victims of trafficking", "… of children and women asylum
 * seekers": the rights of one group of children, whose issue the text names, not children's rights as a whole. */
const GROUP_RIGHTS = /\b(?:rights of (?:the |its |their |all )?child(?:ren)?|child(?:ren)?'s rights|child rights)(?= (?:in|victims?|who|living|with|affected|deprived|belonging|born|without|and women|for|leaving|of|placed)\b)/g;
const LISTED_RIGHTS = /\b(?:rights of (?:the |its |their |all )?child(?:ren)?|child(?:ren)?'s rights|child rights)(?=,? (?:and )?(?:of )?(?:women|young people|youth|persons|people|the elderly|older persons|minorities|migrants)\b)/g;
const ANY_RIGHTS = /\b(?:rights of (?:the |its |their |all )?child(?:ren)?|child(?:ren)?'s rights|child rights)\b/g;

/** Drops general measures raised only by a passing "rights of the child" when other issues say what the text is about:
 * named in passing, or only as the rights of one group of children. */
function passingRightsOfTheChild(hits: Hits, normalised: string): Hits {
  const gm = hits.general_measures;
  const others = Object.keys(hits).filter((k) => k !== 'general_measures');
  if (!gm || !gm.every((t) => GENERIC_GM.test(t))) return hits;
  const all = [...normalised.matchAll(ANY_RIGHTS)].length;
  // "The rights of children, young people, persons with disabilities and women": one group of a list, whatever else is named.
  if (all > 0 && [...normalised.matchAll(LISTED_RIGHTS)].length === all) {
    const { general_measures: _listed, ...rest } = hits;
    return rest;
  }
  if (others.length === 0) return hits;
  const ofOneGroup = [...normalised.matchAll(GROUP_RIGHTS)].length === all;
  if (!ofOneGroup && GM_CONTEXT.test(normalised)) return hits;
  const { general_measures: _dropped, ...rest } = hits;
  return rest;
}

/** The Convention or a protocol named as the standard of an ask on one issue ("in accordance with its obligations under
 * the Convention on the Rights of the Child", "in line with the Optional Protocol …", "juvenile justice standards of the
 * CRC", "harmonize its Penal Code with the CRC in order to eradicate corporal punishment"): that issue, no general
 * measure. The Convention as the ask itself ("ensure the effective implementation of the CRC, especially …") stays. */
const CRC_NAME = /\b(?:crc|convention on the rights? (?:of|on) (?:the )?child|optional protocols? to (?:the )?(?:crc|convention on the rights? (?:of|on) (?:the )?child)(?: on [^,;.]*)?)\b/g;
const AS_STANDARD = /\b(?:in accordance with|in line with|(?:in|into) (?:full )?conformity with|in compliance with|consistent with|standards of|obligations,? (?:under|notably|including)(?: [a-z]+ and)?)(?: (?:its|the|their) (?:obligations|commitments|provisions|principles|standards)(?: under| of)?)?(?: the)? ?$/;
/** A purpose or subject that ties the Convention to one issue, just after it ("… with the CRC in order to eradicate …"). */
const AFTER_FOR_ONE = /^(?:\S+ ){0,3}?(?:in order to|so as to|to (?:eliminate|prevent|combat|end|eradicate|prohibit|criminali[sz]e|ban|abolish)|with regard to|regarding|concerning|in respect of)\b/;

function conventionAsStandard(hits: Hits, normalised: string): Hits {
  const gm = hits.general_measures;
  const topics = (Object.entries(hits) as [ChildRightsIssueId, string[]][]).filter(([k]) => k !== 'general_measures' && !GROUPS.includes(k));
  if (!gm || topics.length === 0 || !gm.every((t) => /(?:crc|convention on the rights|optional protocol)/.test(t))) return hits;
  const mentions = [...normalised.matchAll(CRC_NAME)];
  if (mentions.length === 0) return hits;
  const topicTerms = topics.flatMap(([, terms]) => terms);
  const standard = mentions.every((m) => {
    const before = normalised.slice(0, m.index);
    const phrase = AS_STANDARD.exec(before);
    if (phrase) {
      // The ask just before the standard names the issue ("… violence against children and child abuse in accordance with …").
      const ask = before.slice(0, phrase.index).split(/\s+/).filter(Boolean).slice(-9).join(' ');
      if (topicTerms.some((t) => ask.includes(t))) return true;
    }
    // … or the ask for one issue comes just after the Convention ("… with the provisions of CRC to eliminate child
    // prostitution", "obligations under ICCPR and CRC with regard to … the death penalty in the case of minors").
    const rest = normalised.slice(m.index + m[0].length);
    // A comma or semicolon right after the Convention starts another ask ("…in conformity with the CRC, introduce …").
    if (/^\s*[,;:]/.test(rest)) return false;
    const after = rest.split(/\s+/).filter(Boolean).slice(0, 14).join(' ');
    if (phrase === null && !/^harmoni[sz]e|^align/.test(gm[0] ?? '')) return false;
    return AFTER_FOR_ONE.test(after) && topicTerms.some((t) => after.includes(t));
  });
  if (!standard) return hits;
  const { general_measures: _dropped, ...rest } = hits;
  return rest;
}


/** General-measures terms that name a means (an agency, a budget, a law, data, a treaty on one matter), not children's
 * rights as a whole: with a topic issue they belong to that issue ("a health budget", "with UNICEF … trafficking"). */
const MEANS_GM = /^(unicef|budget|comprehensive law|data collection|disaggregated data|observatory|national mechanism|independent (national )?(body|institution|mechanism)|convention (on|for) the protection of children)$/;

/** Drops general measures raised only by means terms when another issue says what they serve. */
function meansOfOneIssue(hits: Hits): Hits {
  const gm = hits.general_measures;
  if (!gm || !gm.every((t) => MEANS_GM.test(t)) || !Object.keys(hits).some((k) => k !== 'general_measures')) return hits;
  const { general_measures: _dropped, ...rest } = hits;
  return rest;
}

/** Words that introduce a reason or a consequence: what follows explains the ask, it is not asked for. */
const REASON = /\b(?:since|because|due to|owing to|as a result of|caused by|makes?|making|in order to access)\b(?: [^ ,;.]+){0,12}$/;

/** Drops poverty when each of its terms is named only as a reason ("since … makes children born in poor families
 * vulnerable to …", "a birth certificate in order to access social services"): reasons are not issues. */
function povertyAsReason(hits: Hits, normalised: string): Hits {
  const terms = hits.poverty_social_protection;
  if (!terms || Object.keys(hits).length < 2) return hits;
  const asReason = terms.every((t) => {
    const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...normalised.matchAll(new RegExp(`\\b${escaped}\\b`, 'g'))].every((m) => REASON.test(normalised.slice(0, m.index).trimEnd()));
  });
  if (!asReason) return hits;
  const { poverty_social_protection: _dropped, ...rest } = hits;
  return rest;
}

/** HIV named as who the children are or what befell them ("children affected by HIV-AIDS", "HIV-AIDS orphans", "the
 * effects of poverty and AIDS", "discrimination against children with disabilities and HIV"), not as their health. */
const HIV = /\bhiv(?:[ /-]+aids)?\b|\baids\b/g;
const HIV_GROUP_BEFORE = /\b(?:affected by|living with|infected with|orphaned by|effects of|children with|persons with|people with|with)(?: [a-z]+){0,2}? (?:(?:the|[a-z]+ and) )?$/;
const HIV_GROUP_AFTER = /^(?:[ /-]+aids)? (?:orphans|pandemic|epidemic)\b/;
/** What is done about HIV itself: prevention, treatment, transmission… (then it is health). */
const HIV_ACTION = /\b(?:prevent[a-z]*|spread|transmission|treatment|antiretroviral|testing|infections?|awareness|control|prevalence|medic[a-z]*)\b/;

function hivAsGroup(hits: Hits, normalised: string): Hits {
  const terms = hits.health;
  if (!terms || !terms.every((t) => t === 'hiv' || t === 'aids') || Object.keys(hits).length < 2) return hits;
  const asGroup = [...normalised.matchAll(HIV)].every((m) => {
    const before = normalised.slice(Math.max(0, m.index - 60), m.index);
    const after = normalised.slice(m.index + m[0].length);
    const around = `${before.split(' ').slice(-8).join(' ')} ${after.split(' ').slice(0, 9).join(' ')}`;
    return (HIV_GROUP_BEFORE.test(before) || HIV_GROUP_AFTER.test(after)) && !HIV_ACTION.test(around);
  });
  if (!asGroup) return hits;
  const { health: _dropped, ...rest } = hits;
  return rest;
}

/** Girls named as the victims of violence or exploitation, wherever it happens ("sexual abuse of girls, in particular in the
 * educational system", "protection for women and girls"), are that harm's, not the girl child's equal access. */
function girlsAsVictims(hits: Hits): Hits {
  const terms = hits.girl_child_discrimination;
  if (!terms || !terms.every((t) => /^girls?$/.test(t)) || !(hits.violence || hits.trafficking_exploitation)) return hits;
  const { girl_child_discrimination: _dropped, ...rest } = hits;
  return rest;
}

/**
 * Removes generic terms not anchored by a child word nearby (issue-anchors.ts), issues named only as settings
 * (issue-settings.ts), general measures named only as the means of another issue and poverty named only as a reason, then issues raised only by setting
 * terms (see SETTINGS); returns the hits that remain. `normalised` is the text the hits were matched on.
 */
export function applyIssueRules(hits: Hits, normalised?: string): Hits {
  const out: Hits = normalised === undefined ? { ...hits } : girlsAsVictims(conventionAsStandard(hivAsGroup(povertyAsReason(meansOfOneIssue(dropSettings(passingRightsOfTheChild(anchorIssues(hits, normalised), normalised), normalised)), normalised), normalised), normalised));
  for (const rule of SETTINGS) {
    const terms = out[rule.drop];
    if (out[rule.when] && terms && terms.every((t) => rule.terms.test(t))) delete out[rule.drop];
  }
  return out;
}
