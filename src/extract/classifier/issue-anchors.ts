// Anchoring of generic issue terms: "violence", "health", "minorities", "migrants"… raise an issue only when children
// are named near them, so that a text about children that also speaks of violence against women, maternal health or
// minorities in general is not filed under those issues. Pure: normalised text and the matched terms in.
import type { ChildRightsIssueId } from '../../core/index.js';
import { coordinated, SERVICES, HARMS } from './issue-lists.js';
import { listed, occurrences, positions, wordIndex } from './issue-words.js';

type Hits = Partial<Record<ChildRightsIssueId, string[]>>;

/** Words that name children (English, French, Spanish; normalised). */
const CHILD_WORDS = /\b(?:child(?:ren)?(?:'s|s')?|girls?|boys?|minors?|juveniles?|adolescen[a-z]*|infants?|bab(?:y|ies)|new-?borns?|teen-?age[a-z]*|pupils?|orphans?|schoolchildren|young people|youths?|under (?:the age of )?(?:18|eighteen)|enfants?|filles|fillettes?|garcons|mineurs?|ninos?|ninas?|menores|nin[oa]s y adolescentes)\b/g;
/**
 * Names of child-specific issues, with their issue: their "child" anchors only that issue's terms, not a neighbouring
 * generic term of another issue ("violence against women … child marriage" is not violence against children).
 */
const ISSUE_COMPOUNDS: readonly [RegExp, ChildRightsIssueId][] = [
  [/\bchild (?:labou?r|workers)\b/g, 'child_labour'],
  [/\bchild marriages?\b/g, 'child_marriage'],
  [/\bchild soldiers?\b/g, 'armed_conflict'],
  [/\bchild (?:pornography|prostitution|trafficking|sex tourism)\b/g, 'trafficking_exploitation'],
  [/\bchild benefits?\b/g, 'poverty_social_protection'],
  [/\bchild (?:code|protection)\b/g, 'general_measures'],
  [/\bchild custody\b/g, 'family_alternative_care'],
  // The Palermo Protocol's and the Special Rapporteur's title: its "especially women and children" is no focus of other issues.
  [/\btrafficking in persons,? especially women and children\b/g, 'trafficking_exploitation'],
];
/** Education words, the anchors of "girls" for the girl child's access to schooling. */
const EDUCATION_WORDS = /\b(?:(?<!sexual |sex |health )education|educational|educating|schools?|schooling|enrol(?:l)?ment|enrol(?:l)?ed|attendance|literacy|illiteracy|drop-?outs?|study|students?|ecoles?|scolari[a-z]*|educacion|escuelas?|escolari[a-z]*)\b/g;
/** "girls and boys", "boys and girls": both sexes named, so "girls" says nothing about the girl child. */
const BOTH_SEXES = /\b(?:boys,? (?:and )?girls|girls,? (?:and )?boys)\b/g;
/** Names of treaties and treaty bodies: their words name no child and no discrimination against one. */
const INSTRUMENTS = /\b(?:committee|convention) (?:on|in|of) the rights of the child\b|\b(?:committee on|convention on) the elimination of (?:all forms of )?(?:racial )?discrimination(?: against women)?\b/g;

interface Anchor {
  issue: ChildRightsIssueId;
  /** Matched terms that need an anchor; other terms of the issue stand alone. */
  terms: RegExp;
  anchors: RegExp;
  /** Largest distance in words between the term and an anchor. */
  window: number;
  /** When set, an anchor before the term counts only within this many words ("violence against women and children",
   * not "children … and violence against women"); `window` then bounds anchors after it. */
  before?: number;
  /** Whether a focus on children later in the text ("…, particularly children") anchors the term too. */
  focus?: boolean;
  /** Whether a child word listed beside the term as another group ("women, children and migrants", "children and
   * violence against women") is no anchor: the term is one group or topic among others, not one of children. */
  unlisted?: boolean;
  /** Whether an occurrence given to officials just before ("provide law enforcement and judicial officials with specific
   * education-sensitivity training") is their training, not children's schooling (police training is not education). */
  forOfficials?: boolean;
}

/** "… programmes for police, prison and judicial staff": given to officials (the words after the term). */
const OFFICIALS_AFTER = /^(?:\S+ ){0,2}for (?:the )?(?:police|officials|officers|judges|prosecutors|law enforcement|judicial|civil servants|personnel|staff)\b|^(?:\S+ ){0,8}?(?:into|in) the training of\b/;
/** Officials and professionals: what is given to them is training, not schooling. */
const OFFICIALS = /\b(?:officials|officers|police|judges|prosecutors|magistrates|personnel|staff|professionals|civil servants|law enforcement)\b(?: \S+){0,5}$/;

/** "…, particularly (for) children": a focus that makes everything named before it about children. */
const FOCUS = /\b(?:particularly|especially|in particular|with (?:a )?(?:particular|special|specific|increased|more|greater) (?:focus on|attention (?:given |paid )?to|emphasis on)|(?:paying|pay|with) (?:particular |special )?attention (?:given |paid )?to)\b(?: \S+){0,8}? (?:children|child|girls|boys|minors|adolescents|juveniles)\b/g;

/** Issues whose generic terms a later focus on children anchors: services and conditions named for all, "particularly children". */
const FOCUSED: readonly ChildRightsIssueId[] = ['education', 'health', 'poverty_social_protection', 'disability', 'ethnic_minority_children', 'girl_child_discrimination', 'trafficking_exploitation', 'migrant_refugee_children'];
/** Issues whose generic terms name a group or topic that a list can set beside children (migrants, violence against women). */
const UNLISTED: readonly ChildRightsIssueId[] = ['migrant_refugee_children', 'violence', 'ethnic_minority_children', 'poverty_social_protection'];
const near = (issue: ChildRightsIssueId, terms: RegExp, window = 8): Anchor => ({ issue, terms, anchors: CHILD_WORDS, window, focus: FOCUSED.includes(issue), unlisted: UNLISTED.includes(issue) });

export const ANCHORS: readonly Anchor[] = [
  { issue: 'violence', terms: /^((domestic|family|gender-based|marital) violence|violence against women)$/, anchors: CHILD_WORDS, window: 5, before: 5, unlisted: true },
  near('violence', /^(torture|(sexual )?harassment|mistreat(ment|ed|ing)?|cruel,? (inhuman )?(and|or) degrading treatment|violences?|abuse[sd]?|ill treatment|killings?|neglect|maltreatment|ill-treatment|sexual violence|sexual abuse|rape|incest|molestation|sexual offen[cs]es|cruel treatment|maltrait[a-z]*|maltraitances?|sevices|viol|negligence|abus sexuels?|violencia|abusos?|maltrato)$/),
  // HIV is named once for a whole ask ("prevent the spread of HIV-AIDS and provide adequate treatment … for children"):
  // a wider window; HIV named only as a group or a cause is dropped afterwards (issue-rules.ts).
  { issue: 'health', terms: /^(hiv|aids)$/, anchors: CHILD_WORDS, window: 16 },
  // Drug or alcohol abuse is children's health when children are named with it, not as another item of a list of harms.
  { issue: 'health', terms: /^(drug|alcohol|substance)( and (alcohol|drug))? abuse$/, anchors: CHILD_WORDS, window: 6, before: 3, unlisted: true },
  near('health', /^(health-?care|drugs|(right|access) to (adequate )?food|reproductive health|health|mortality|malnutrition|nutrition|hiv|aids|medical care|sante|mortalite|vih|sida|soins|salud|mortalidad|desnutricion)$/),
  // English minority words count by phrase (lexicon-en.ts) or before a focus on children ("minorities, particularly children").
  near('ethnic_minority_children', /^(minorit(y|ies)|indigenous|ethnic groups?)$/, -1),
  // … or their schooling ("schools providing education in minority languages"), as for the Roma below.
  { issue: 'ethnic_minority_children', terms: /^(minorit(y|ies)|indigenous|ethnic groups?)$/, anchors: EDUCATION_WORDS, window: 5, unlisted: true },
  // Roma, Dalits, Sinti: their children or their schooling ("school segregation … among the Roma community").
  { issue: 'ethnic_minority_children', terms: /^(roma|romani|dalits?|sinti)$/, anchors: new RegExp(`${CHILD_WORDS.source}|${EDUCATION_WORDS.source}`, 'g'), window: 6, unlisted: true },
  near('ethnic_minority_children', /^(minorites?|autochtones?|ethniques?|indigenas?|minorias?|etnic[oa]s?)$/, 6),
  near('migrant_refugee_children', /^(migrant workers and members of their families|migra[a-z]*|refugees?|asylum|displace[a-z]*|immigra[a-z]*|idps?|migrants?|refugies?|asile|deplaces?|retention|migrantes?|refugiados?|desplazad[oa]s?)$/, 4),
  near('poverty_social_protection', /^(hunger|social (rights|welfare)|material assistance|deprived areas|pauvrete|pobreza)$/, 6),
  near('poverty_social_protection', /^(poverty)$/, 14),
  { issue: 'poverty_social_protection', terms: /^poor$/, anchors: /\bpoor(?: and [a-z]+)? (?:children|families|households)\b/g, window: 0 },
  near('poverty_social_protection', /^(social protection|social security|social assistance|allowances?|social expenditures?|standard of living|social services|social spending|pauvrete|protection sociale|securite sociale|allocations?|prestations|pobreza|proteccion social)$/, 6),
  near('juvenile_justice', /^(detention|detained|imprisonment|prisons?|prisoners|executions?|death penalty|criminal justice|deprived of (their )?liberty|criminali[sz]ed|detenus?|carceles?|detencion|privad[oa]s? de libertad)$/, 6),
  near('trafficking_exploitation', /^(traffick[a-z]*|prostitution|sexual exploitation|traite|trafic|trata)$/),
  near('armed_conflict', /^(ex-combatants?|armed conflicts?|soldiers?|recruit(ed|ment|ing)?|armed forces|armed groups|hostilities|demobili[sz]ation|conscript[a-z]*|military service|recrutement|forces armees|groupes armes|conflits? armes?)$/),
  near('birth_registration_nationality', /^(nationality|stateless(ness)?|citizenship|registration|(national )?identity (documents?|cards?)|nationalite|apatrid[a-z]*|etat civil|nacionalidad|apatrid[a-z]*)$/),
  near('participation_civil_rights', /^((are|is|be|being) heard|participation|privacy|freedom of (expression|association|thought|religion)|identity|vie privee|liberte d'expression|participacion)$/, 6),
  near('girl_child_discrimination', /^(discriminat[a-z]*|non-?discrimination|nondiscrimination|stereotyp[a-z]*)$/, 10),
  // Equality and inequalities are the girl child's only with the sexes or a ground named ("equal rights of boys and girls",
  // "treated equally … irrespective of the sex of their parents", "regardless of the marriage status of their parents"),
  // not equality between parents, in income or in access to services for groups of children.
  { issue: 'girl_child_discrimination', terms: /^(inequalit(y|ies)|unequal|equal (rights|opportunities|treatment)|treated equally|equality|equali[sz]e)$/, anchors: /\b(?:gender|(?<!same-)sex|sexes|girls?|boys?|regardless|irrespective)\b/g, window: 12 },
  // "Without discrimination" qualifies another ask (birth registration "for all children without discrimination").
  { issue: 'girl_child_discrimination', terms: /^without (any )?discrimination$/, anchors: CHILD_WORDS, window: -1 },
  // Discrimination against people or persons (living with HIV, …): children's only when they are named right after.
  { issue: 'girl_child_discrimination', terms: /^discriminat[a-z]* against (people|persons|individuals)( [a-z-]+){0,3}$/, anchors: CHILD_WORDS, window: 6, before: 0, focus: true },
  // Gender equality, stereotypes and disparities in schooling are the girl child's equal access (gender in the curriculum).
  { issue: 'girl_child_discrimination', terms: /^((gender|sex) equality|stereotyp[a-z]*|inequalit(y|ies)|gender (disparit(y|ies)|gaps?|parity))$/, anchors: EDUCATION_WORDS, window: 8 },
  near('girl_child_discrimination', /^gender (disparit(y|ies)|gaps?|parity)$/, 10),
  // Children born out of wedlock are the girl-child issue when their unequal treatment is named, not as a group reached.
  { issue: 'girl_child_discrimination', terms: /^born out of wedlock$/, anchors: /\b(?:discriminat[a-z]*|equal[a-z]*|rights|stigma[a-z]*)\b/g, window: 15 },
  { issue: 'girl_child_discrimination', terms: /^(girls?|female children)$/, anchors: EDUCATION_WORDS, window: 8 },
  // Discrimination against women, gender equality and women's equal rights concern the girl child only when girls or
  // children follow at once ("equal rights for women in … the custody of children" is women's equality).
  { issue: 'girl_child_discrimination', terms: /^(discriminat[a-z]* (against|of) women|(racial|ethnic|religious) discrimination|(laws?|act|bill) (against|on) discrimination|(gender|sex) equality|equality (between|of) (men and women|women and men)|equal rights (between|of|for) (men and women|women and men|women)|women (with )?equal rights)$/, anchors: CHILD_WORDS, window: 4, before: 0, unlisted: true },
  near('general_measures', /^(budget|data collection|disaggregated data|observatory|national mechanism|comprehensive law|independent (national )?(body|institution|mechanism))$/),
  { ...near('education', /^(education|educational|educating|to study)$/, 10), forOfficials: true },
  near('education', /^((access to|right to|rights? (of|to)|to|quality|free|inclusive) education|education (system|sector))$/, 10),
  // Sexual, health and human rights education are health or not about schooling: never enough for education.
  { issue: 'education', terms: /^((sexual and reproductive( health)?|sexual|sex|sexuality|reproductive( health)?|health|human rights|public) education|education awareness)$/, anchors: CHILD_WORDS, window: -1 },
  near('child_labour', /^(forced labou?r|begging|domestic servants?)$/, 8),
  // Shelters for women, guardians of anyone: alternative care only for children named nearby.
  near('family_alternative_care', /^(shelters?|guardians?|guardianship|custody)$/, 6),
  // "persons with disabilities …, particularly children": only a focus on children makes it the disability issue.
  near('disability', /^persons with disabilit(y|ies)$/, -1),
  // Inclusive education is the disability issue only where disability is named ("inclusive education" for Roma pupils is not).
  { issue: 'disability', terms: /^inclusive (education|schools?)$/, anchors: /\b(?:disabilit[a-z]*|disabled|special (?:educational )?needs|handicap[a-z]*|impairments?|deaf|blind)\b/g, window: 15 },
];

/** Drops generic terms with no anchor within their window, and issues left without terms. */
export function anchorIssues(hits: Hits, normalised: string): Hits {
  const base = normalised.replace(INSTRUMENTS, (m) => m.replace(/\b(child|discrimination)\b/, 'xxxxx')).replace(BOTH_SEXES, (m) => m.replace(/girls/, 'xxxxx'));
  const out: Hits = {};
  const dropped: [ChildRightsIssueId, string[]][] = [];
  for (const [id, terms] of Object.entries(hits) as [ChildRightsIssueId, string[]][]) {
    const rules = ANCHORS.filter((a) => a.issue === id);
    if (rules.length === 0) {
      out[id] = terms;
      continue;
    }
    const text = base.includes('child') ? ISSUE_COMPOUNDS.reduce((t, [re, own]) => (own === id ? t : t.replace(re, (m) => m.replace(/child/, 'xxxxx'))), base) : base;
    const anchorsOf = (re: RegExp) => positions(re, text);
    let words: string[] | undefined;
    // A topic's end is where its list goes on ("gender equality, children, persons with disabilities"); a group's words
    // go on to the next group ("violence against women and children" is one harm of both).
    const list = (p: number, q: number, length: number) => listed((words ??= text.split(/\s+/).filter(Boolean)), q > p ? p + length - 1 : q, Math.max(p, q));
    let focusAt: number[] | undefined;
    // A focus anchors what is named before it ("health, particularly for children"), not the groups it lists.
    const focus = () => (focusAt ??= [...text.matchAll(FOCUS)].map((m) => wordIndex(text, m.index)));
    // A term stays when one of the rules that match it finds an anchor.
    const anchoredBy = (term: string, rule: Anchor): boolean => {
      const anchors = anchorsOf(rule.anchors);
      const words0 = rule.forOfficials ? text.split(/\s+/).filter(Boolean) : [];
      const forThem = (p: number) => OFFICIALS.test(words0.slice(Math.max(0, p - 6), p).join(' ')) || OFFICIALS_AFTER.test(words0.slice(p + 1, p + 12).join(' '));
      return occurrences(term, text).filter((p) => !rule.forOfficials || !forThem(p)).some((p) => (rule.focus && focus().some((f) => f > p)) || anchors.some((q) => (q >= p ? q - p <= rule.window : p - q <= (rule.before ?? rule.window)) && !(rule.unlisted && list(p, q, rule.issue === 'girl_child_discrimination' && !/\b(?:wo)?men$/.test(term) ? term.split(' ').length : 1))));
    };
    const kept = terms.filter((term) => {
      const matching = rules.filter((r) => r.terms.test(term));
      return matching.length === 0 || matching.some((rule) => anchoredBy(term, rule));
    });
    if (kept.length > 0) out[id] = kept;
    if (kept.length < terms.length && (SERVICES.includes(id) || HARMS.includes(id))) dropped.push([id, terms.filter((t) => !kept.includes(t))]);
  }
  return dropped.length > 0 ? coordinated(out, dropped, base, (id, term) => ANCHORS.some((r) => r.issue === id && r.window < 0 && r.terms.test(term))) : out;
}
