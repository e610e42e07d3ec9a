// The UN bodies and agencies a paragraph of a compilation of UN information (/2) cites, read from its
// footnotes: treaty-body symbols (CRC/C/SVN/CO/3-4 → Committee on the Rights of the Child), special
// procedures' reports (A/HRC/…/Add.n), and agencies named in full (UNICEF, UNHCR…).

export interface UnSource {
  /** Short name: `CRC`, `UNICEF`, `Special procedures`. */
  key: string;
  name: string;
}

const RULES: [RegExp, string, string][] = [
  [/\bCRC\/C\//, 'CRC', 'Committee on the Rights of the Child'],
  [/\bCEDAW\/C\//, 'CEDAW', 'Committee on the Elimination of Discrimination against Women'],
  [/\bCCPR\/C\//, 'HR Committee', 'Human Rights Committee'],
  [/\bE\/C\.12\//, 'CESCR', 'Committee on Economic, Social and Cultural Rights'],
  [/\bCERD\/C\//, 'CERD', 'Committee on the Elimination of Racial Discrimination'],
  [/\bCAT\/OP\//, 'SPT', 'Subcommittee on Prevention of Torture'],
  [/\bCAT\/C\//, 'CAT', 'Committee against Torture'],
  [/\bCRPD\/C\//, 'CRPD', 'Committee on the Rights of Persons with Disabilities'],
  [/\bCED\/C\//, 'CED', 'Committee on Enforced Disappearances'],
  [/\bCMW\/C\//, 'CMW', 'Committee on Migrant Workers'],
  [/\bA\/HRC\/\d+\/\d+\/Add\.\d+|\bA\/\d{2}\/\d{3}\b|special rapporteur|working group on|independent expert/i, 'Special procedures', 'Special procedures of the Human Rights Council'],
  [/\bUNICEF\b/, 'UNICEF', "United Nations Children's Fund"],
  [/\bUNHCR\b/, 'UNHCR', 'Office of the United Nations High Commissioner for Refugees'],
  [/\bUNESCO\b/, 'UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
  [/\bILO\b|www\.ilo\.org/, 'ILO', 'International Labour Organization'],
  [/\bWHO\b/, 'WHO', 'World Health Organization'],
  [/\bUNDP\b/, 'UNDP', 'United Nations Development Programme'],
  [/\bUNFPA\b/, 'UNFPA', 'United Nations Population Fund'],
  [/\bUNODC\b/, 'UNODC', 'United Nations Office on Drugs and Crime'],
  [/\bIOM\b/, 'IOM', 'International Organization for Migration'],
  [/\bUN[- ]Women\b/, 'UN-Women', 'United Nations Entity for Gender Equality and the Empowerment of Women'],
  [/\bOHCHR\b|ohchr\.org|High Commissioner for Human Rights/i, 'OHCHR', 'Office of the United Nations High Commissioner for Human Rights'],
];

/** Whether a footnote only points to earlier recommendations (`For relevant recommendations, see A/HRC/28/15…`). */
const RECOMMENDATION_NOTE = /^for (?:the )?(?:relevant )?(?:the )?recommendations?,? see/i;

/** The UN sources one footnote cites; `Ibid.` repeats the previous note's sources. */
export function unSourcesOfNote(note: string, previous: UnSource[] = []): UnSource[] {
  if (RECOMMENDATION_NOTE.test(note.trim())) return [];
  const found: UnSource[] = /^\s*ibid/i.test(note) ? [...previous] : [];
  for (const [re, key, name] of RULES) if (re.test(note) && !found.some((f) => f.key === key)) found.push({ key, name });
  return found;
}

/** Resolves every footnote of a /2 document once, by number, so `Ibid.` follows the note before it. */
export function unSourcesByNote(notes: { number: string; text: string }[]): Map<string, UnSource[]> {
  const out = new Map<string, UnSource[]>();
  let previous: UnSource[] = [];
  for (const n of notes) {
    const sources = unSourcesOfNote(n.text, previous);
    out.set(n.number, sources);
    if (!RECOMMENDATION_NOTE.test(n.text.trim())) previous = sources;
  }
  return out;
}
