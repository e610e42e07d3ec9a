// The children's-rights taxonomy: the issues the classifier assigns, named in English, French and Spanish,
// each with its definition, what it includes and excludes, and the UPR Info issues and OHCHR UHRI themes it maps to.
// The written rules behind it are in docs/child-rights-definition.md; keep both in step.

export const CHILD_RIGHTS_ISSUE_IDS = [
  'education', 'health', 'juvenile_justice', 'child_labour', 'corporal_punishment', 'violence',
  'ethnic_minority_children', 'trafficking_exploitation', 'armed_conflict', 'birth_registration_nationality',
  'child_marriage', 'fgm_harmful_practices', 'girl_child_discrimination', 'disability', 'family_alternative_care',
  'migrant_refugee_children', 'poverty_social_protection', 'participation_civil_rights', 'general_measures',
] as const;

export type ChildRightsIssueId = (typeof CHILD_RIGHTS_ISSUE_IDS)[number];

export interface ChildRightsIssue {
  id: ChildRightsIssueId;
  names: { en: string; fr: string; es: string };
  /** One paragraph: what the issue covers. */
  definition: string;
  includes: string;
  excludes: string;
  /** UPR Info database issues that overlap (the old upr-info.org list). */
  uprInfoIssues: string[];
  /** OHCHR Universal Human Rights Index themes that overlap. */
  uhriThemes: string[];
  /** True for the nine issues of the original children's-rights network list. */
  network: boolean;
}

type Row = Omit<ChildRightsIssue, 'id'>;

const ROWS: Record<ChildRightsIssueId, Row> = {
  education: { network: true, names: { en: 'Education', fr: 'Éducation', es: 'Educación' },
    definition: "Children's access to and experience of schooling: early childhood, pre-school, primary and secondary education, enrolment, drop-out, quality, school environment and curricula.",
    includes: 'schools, pupils, enrolment and drop-out, free and compulsory education, inclusive schooling, human rights in school curricula.',
    excludes: 'higher/university education, adult literacy, human rights education or training for officials.',
    uprInfoIssues: ['Right to education'], uhriThemes: ['Right to education', 'Human rights education and training'] },
  health: { network: true, names: { en: 'Health', fr: 'Santé', es: 'Salud' },
    definition: "The health of children: infant and child mortality, newborn care, immunisation, nutrition and malnutrition of children, adolescent health, HIV among children.",
    includes: 'infant/under-five mortality, paediatric care, vaccination, breastfeeding, child malnutrition, maternal and child health programmes.',
    excludes: 'maternal mortality or maternal health alone, reproductive health of women, health of the general population.',
    uprInfoIssues: ['Right to health', 'HIV - Aids'], uhriThemes: ['Right to health', 'Sexual and reproductive health and rights'] },
  juvenile_justice: { network: true, names: { en: 'Juvenile justice', fr: 'Justice pour mineurs', es: 'Justicia juvenil' },
    definition: 'Children in contact with the justice system: age of criminal responsibility, juvenile courts, detention of children and their separation from adults, the death penalty and life imprisonment for offences committed under 18.',
    includes: 'juvenile justice systems, alternatives to detention for children, children in prisons, executions of juvenile offenders.',
    excludes: 'prison conditions or fair trial without children named.',
    uprInfoIssues: ['Justice', 'Detention', 'Death penalty'], uhriThemes: ['Administration of justice and fair trial', 'Juvenile justice'] },
  child_labour: { network: true, names: { en: 'Child labour', fr: 'Travail des enfants', es: 'Trabajo infantil' },
    definition: 'Economic exploitation of children: work below the minimum age, hazardous work, the worst forms of child labour, ILO Conventions 138 and 182.',
    includes: 'child domestic work, forced labour of children, minimum age for employment.',
    excludes: 'labour rights of adult workers, forced labour without children named.',
    uprInfoIssues: ['Labour'], uhriThemes: ['Child labour', 'Right to work'] },
  corporal_punishment: { network: true, names: { en: 'Corporal punishment', fr: 'Châtiments corporels', es: 'Castigo corporal' },
    definition: 'Physical punishment of children in any setting (home, school, alternative care, penal system) and its prohibition in law.',
    includes: 'prohibition in all settings, awareness campaigns on positive discipline, judicial corporal punishment (counted as child-specific by the rules).',
    excludes: '—',
    uprInfoIssues: ['Torture and other CID treatment'], uhriThemes: ['Corporal punishment'] },
  violence: { network: true, names: { en: 'Violence against children', fr: 'Violence contre les enfants', es: 'Violencia contra los niños' },
    definition: 'Violence against children in all its forms: physical and sexual abuse, neglect, maltreatment, bullying, violence in the home, school, institutions and online.',
    includes: 'child abuse, violence against women and children, protection systems for child victims.',
    excludes: 'domestic or gender-based violence without children named.',
    uprInfoIssues: ['Women\'s rights', 'Torture and other CID treatment'], uhriThemes: ['Violence against children', 'Domestic violence'] },
  ethnic_minority_children: { network: true, names: { en: 'Ethnic-minority and indigenous children', fr: "Enfants des minorités ethniques et autochtones", es: 'Niños de minorías étnicas e indígenas' },
    definition: 'Children belonging to ethnic, national, linguistic or religious minorities or indigenous peoples (e.g. Roma, Dalit children): discrimination, segregation, access to services.',
    includes: 'Roma children in special schools, education in the mother tongue for minority children.',
    excludes: 'minorities or indigenous peoples without children named ("minorities" is not "minors").',
    uprInfoIssues: ['Minorities', 'Indigenous peoples', 'Racial discrimination'], uhriThemes: ['Minorities', 'Indigenous peoples'] },
  trafficking_exploitation: { network: true, names: { en: 'Trafficking and sexual exploitation', fr: 'Traite et exploitation sexuelle', es: 'Trata y explotación sexual' },
    definition: 'Sale and trafficking of children, child prostitution, child sexual abuse material (pornography), sexual exploitation online and offline, sex tourism; the OP-CRC-SC.',
    includes: 'trafficking in "women and children", the Palermo Protocol (especially women and children).',
    excludes: 'human trafficking or sexual exploitation without children named.',
    uprInfoIssues: ['Trafficking'], uhriThemes: ['Trafficking in persons', 'Sale and sexual exploitation of children'] },
  armed_conflict: { network: true, names: { en: 'Children in armed conflict', fr: 'Enfants dans les conflits armés', es: 'Niños en los conflictos armados' },
    definition: 'Recruitment and use of children by armed forces and groups, grave violations against children in conflict, reintegration; the OP-CRC-AC and Security Council resolution 1612.',
    includes: 'child soldiers, the monitoring and reporting mechanism on children and armed conflict.',
    excludes: 'armed conflict or IDPs without children named.',
    uprInfoIssues: ['International humanitarian law'], uhriThemes: ['Children in armed conflict'] },
  birth_registration_nationality: { network: false, names: { en: 'Birth registration and nationality', fr: 'Enregistrement des naissances et nationalité', es: 'Registro de nacimientos y nacionalidad' },
    definition: "Registration of every child at birth, the child's right to a name and a nationality, prevention of childhood statelessness.",
    includes: 'birth registration campaigns, conferral of nationality to children (including through mothers).',
    excludes: 'statelessness or citizenship of adults without children named.',
    uprInfoIssues: ['Birth registration', 'Right to a nationality'], uhriThemes: ['Birth registration and right to a name and nationality'] },
  child_marriage: { network: false, names: { en: 'Child, early and forced marriage', fr: 'Mariage d’enfants, précoce et forcé', es: 'Matrimonio infantil, precoz y forzado' },
    definition: 'Marriage of persons under 18, early and forced marriage, the minimum age of marriage.',
    includes: 'early or forced marriage (counted as child-specific by the rules), underage marriage or concubinage, bride kidnapping named with forced marriage.',
    excludes: 'personal-status law on marriage and divorce for women.',
    uprInfoIssues: ['Women\'s rights', 'Rights of the Child'], uhriThemes: ['Harmful practices', 'Child, early and forced marriage'] },
  fgm_harmful_practices: { network: false, names: { en: 'FGM and other harmful practices', fr: 'MGF et autres pratiques préjudiciables', es: 'MGF y otras prácticas nocivas' },
    definition: 'Female genital mutilation and other harmful practices affecting girls and boys (e.g. customary practices inconsistent with the CRC).',
    includes: 'FGM (a practice performed on girls, so always child-rights), harmful traditional practices affecting women and girls.',
    excludes: 'harmful practices against women only (no girls, no FGM named).',
    uprInfoIssues: ['Women\'s rights', 'Rights of the Child'], uhriThemes: ['Harmful practices'] },
  girl_child_discrimination: { network: false, names: { en: 'The girl child and discrimination', fr: 'Les filles et la discrimination', es: 'Las niñas y la discriminación' },
    definition: 'Discrimination against children, and the particular situation of girls: equal access for girls, laws discriminating against women and girls, gender stereotypes affecting children.',
    includes: '"women and girls", discrimination against children of same-sex couples, discrimination against children on any ground.',
    excludes: 'gender equality or discrimination against women without girls or children named.',
    uprInfoIssues: ['Women\'s rights', 'Racial discrimination'], uhriThemes: ['Equality and non-discrimination', 'Women and girls'] },
  disability: { network: false, names: { en: 'Children with disabilities', fr: 'Enfants handicapés', es: 'Niños con discapacidad' },
    definition: 'Rights of children with disabilities: inclusion, inclusive education, early assistance, support services.',
    includes: 'children with special needs, inclusive education of pupils or students with disabilities.',
    excludes: 'persons with disabilities or the CRPD without children named.',
    uprInfoIssues: ['Persons with disabilities'], uhriThemes: ['Persons with disabilities'] },
  family_alternative_care: { network: false, names: { en: 'Family environment and alternative care', fr: 'Milieu familial et protection de remplacement', es: 'Entorno familiar y modalidades alternativas de cuidado' },
    definition: 'Children without parental care or at risk of losing it: alternative and foster care, institutionalisation, adoption, orphans, street children, custody and child support, family tracing.',
    includes: 'Guidelines for the Alternative Care of Children, shelters for women and children, homes for children away from abusive family members.',
    excludes: 'family policy, parental leave or work-family balance without children named.',
    uprInfoIssues: ['Rights of the Child'], uhriThemes: ['Family', 'Alternative care'] },
  migrant_refugee_children: { network: false, names: { en: 'Migrant, refugee and unaccompanied children', fr: 'Enfants migrants, réfugiés et non accompagnés', es: 'Niños migrantes, refugiados y no acompañados' },
    definition: 'Children on the move: migrant, asylum-seeking, refugee, internally displaced and unaccompanied or separated children, immigration detention of children, age assessment.',
    includes: 'children of migrant workers, pupils of immigrant background.',
    excludes: 'migrants, refugees or the ICRMW without children named.',
    uprInfoIssues: ['Migrants', 'Refugees and asylum seekers', 'Internally displaced persons'], uhriThemes: ['Migrants', 'Refugees and asylum-seekers', 'Internally displaced persons'] },
  poverty_social_protection: { network: false, names: { en: 'Child poverty and social protection', fr: 'Pauvreté des enfants et protection sociale', es: 'Pobreza infantil y protección social' },
    definition: 'Child poverty, an adequate standard of living for children, social protection and benefits for children and families with children.',
    includes: 'social expenditure benefiting women and children, children growing up in poor families, child support.',
    excludes: 'poverty reduction without children named.',
    uprInfoIssues: ['Poverty', 'Right to food', 'Right to social security'], uhriThemes: ['Poverty', 'Right to social security', 'Right to an adequate standard of living'] },
  participation_civil_rights: { network: false, names: { en: 'Child participation and civil rights', fr: 'Participation et droits civils des enfants', es: 'Participación y derechos civiles de los niños' },
    definition: "The child's right to be heard and to participate, and children's civil rights: privacy, identity, freedom of expression, association, thought and religion, access to information.",
    includes: "children's parliaments, the views of the child, privacy of children in the media, the right to know one's origins.",
    excludes: 'civil and political rights without children named.',
    uprInfoIssues: ['Freedom of opinion and expression', 'Freedom of association and peaceful assembly'], uhriThemes: ['Participation', 'Freedom of opinion and expression'] },
  general_measures: { network: false, names: { en: 'General measures of implementation', fr: "Mesures d'application générales", es: 'Medidas generales de aplicación' },
    definition: 'Making the CRC work at national level: ratifying the CRC and its Optional Protocols, withdrawing reservations, legislation (children\'s acts), an ombudsperson or independent body for children, national plans and strategies for children, coordination, data collection and budgets for children, cooperation with UNICEF and the Committee on the Rights of the Child.',
    includes: 'reporting to the Committee on the Rights of the Child, the CRC listed among treaties to ratify.',
    excludes: 'ratification of instruments not about children (CAT, ICCPR, CEDAW, CRPD…) when no children\'s instrument is named.',
    uprInfoIssues: ['International instruments', 'Rights of the Child', 'National Human Rights Institution'], uhriThemes: ['Children: definition, general principles, protection', 'Scope of international obligations'] },
};

/** The taxonomy, in the order of CHILD_RIGHTS_ISSUE_IDS. */
export const CHILD_RIGHTS_TAXONOMY: readonly ChildRightsIssue[] = Object.freeze(
  CHILD_RIGHTS_ISSUE_IDS.map((id) => Object.freeze({ id, ...ROWS[id] })),
);

/** The UPR Info issue that marks a recommendation as about children (the reference label for training). */
export const UPR_INFO_CHILD_ISSUE = 'Rights of the Child';

/** True when `id` is one of the taxonomy's issue ids. */
export function isChildRightsIssueId(id: string): id is ChildRightsIssueId {
  return (CHILD_RIGHTS_ISSUE_IDS as readonly string[]).includes(id);
}

/** The issue with that id, or undefined. */
export function childRightsIssue(id: string): ChildRightsIssue | undefined {
  return CHILD_RIGHTS_TAXONOMY.find((i) => i.id === id);
}
