// The closed lists behind the issue, children's-rights issue and regional group filters, with the other
// names users type for their values (UPR Info's region names, the taxonomy's labels), so that a value in
// another letter case is understood and an unknown one is refused with the list instead of matching nothing.
import { CHILD_RIGHTS_TAXONOMY, type ChildRightsIssueId, type DocumentType } from '../core/index.js';

/** The issues of UPR Info's database of recommendations, as its exports spell them. */
export const UPR_INFO_ISSUES = [
  'Asylum-seekers - refugees', 'CP rights - general', 'Civil society', 'Corruption', 'Counter-terrorism', 'Death penalty', 'Detention',
  'Development', 'Disabilities', 'ESC rights - general', 'Elections', 'Enforced disappearances', 'Environment', 'Extrajudicial executions',
  'Freedom of association and peaceful assembly', 'Freedom of movement', 'Freedom of opinion and expression', 'Freedom of religion and belief',
  'Freedom of the press', 'General', 'HIV - Aids', 'Human rights defenders', 'Human rights education and training',
  'Human rights violations by state agents', 'Impunity', 'Indigenous peoples', 'Internally displaced persons', 'International humanitarian law',
  'International instruments', 'Justice', 'Labour', 'Migrants', 'Minorities', 'NHRI', 'National plan of action', 'Other', 'Poverty',
  'Public security', 'Racial discrimination', 'Right to education', 'Right to food', 'Right to health', 'Right to housing', 'Right to land',
  'Right to water', 'Rights of the Child', 'Sexual Orientation and Gender Identity', 'Special procedures', 'Technical assistance and cooperation',
  'Torture and other CID treatment', 'Trafficking', 'Treaty bodies', 'UPR process', "Women's rights",
] as const;

/** The UN regional groups, as the store names them. */
export const GROUPS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;
type Group = (typeof GROUPS)[number];

/** Other names of the regional groups: UPR Info's `*-Rgrp` column (`Africa`, `Asia`, `EEG`) and the groups' long names. */
export const GROUP_ALIASES: Readonly<Record<string, Group>> = {
  Africa: 'African', 'African Group': 'African', 'African States': 'African',
  Asia: 'Asia-Pacific', 'Asia Pacific': 'Asia-Pacific', 'Asia-Pacific Group': 'Asia-Pacific', 'Asia-Pacific States': 'Asia-Pacific',
  EEG: 'Eastern European', 'Eastern Europe': 'Eastern European', 'Eastern European Group': 'Eastern European', 'Eastern European States': 'Eastern European',
  'Latin America and Caribbean': 'GRULAC', 'Latin American and Caribbean': 'GRULAC', 'Latin American and Caribbean States': 'GRULAC',
  'Latin American and Caribbean Group': 'GRULAC',
  'Western Europe and others': 'WEOG', 'Western European and others': 'WEOG', 'Western European and Other States': 'WEOG',
  'Western European and Others Group': 'WEOG',
};

/** The taxonomy's names of each children's-rights issue, in English, French and Spanish, → its id. */
export const CHILD_ISSUE_ALIASES: Readonly<Record<string, ChildRightsIssueId>> = Object.fromEntries(
  CHILD_RIGHTS_TAXONOMY.flatMap((i) => [i.names.en, i.names.fr, i.names.es, i.id.replace(/_/g, ' ')].map((n) => [n, i.id])),
);

/** The types of document a recommendation can be read from (the document type filter). */
export const DOCUMENT_TYPES = ['national_report', 'un_compilation', 'stakeholder_summary', 'wg_report', 'wg_report_addendum', 'hrc_decision',
  'thematic_list', 'advance_questions', 'other'] as const satisfies readonly DocumentType[];
