// Who each paragraph of a summary of stakeholders' submissions (/3) is from, read by structure: the
// submitters its text and footnotes cite (those after "See also" kept as secondary), and for the section
// "Information provided by the national human rights institution…" the NHRI, whether or not it is cited.
import type { Problem } from '../../core/index.js';
import { citationMatcher } from './citations.js';
import { citedKeys, findSubmissionList, parseSubmissionList, type Submitter } from './submissions.js';

export interface SummaryParagraph {
  number: string | null;
  text: string;
  footnoteRefs: readonly (number | string)[];
}

export type SummarySection = 'intro' | 'nhri' | 'stakeholders';

export interface AttributedParagraph {
  number: string;
  section: SummarySection;
  /** Submitters the paragraph is from: cited in its text or its footnotes before any "See also". */
  primary: Submitter[];
  /** Submitters its footnotes cite after "See also": supporting sources, not authors. */
  secondary: Submitter[];
}

export interface SummaryAttribution {
  submitters: Submitter[];
  /** The national human rights institution, from the list or named in its section's first paragraph. */
  nhri: Submitter | undefined;
  paragraphs: AttributedParagraph[];
  /** True when the summary's list of submissions was found. */
  listFound: boolean;
  /** Entries of the list that could not be read. */
  listProblems: Problem[];
}

/** "… by the national human rights institution accredited …", "… by the accredited national human rights institution of the State under review …". */
const NHRI_SECTION = /information provided by the (?:accredited |A-status )?national human rights institution|^[IVX]+\.\s*national human rights institution/i;
const STAKEHOLDER_SECTION = /information provided by (other )?stakeholders/i;
const TOP_HEADING = /^[IVX]+\.\s+\S/;
const INTRO = /^The present (report|document|summary)\b/i;

/** "The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman) stated…" → that institution. */
function namedInstitution(text: string): Submitter | undefined {
  const m = /^(?:The\s+)?([A-Z][^()]{5,150}?)\s*\((?:the\s+)?([^()]{2,40})\)/.exec(text);
  if (!m) return undefined;
  return { key: m[2]!.trim(), name: m[1]!.trim(), kind: 'nhri', members: [] };
}

/** Attributes every numbered paragraph of a /3 summary to its submitters. */
export function attributeSummary(paragraphs: readonly SummaryParagraph[], footnotes: readonly { number: string; text: string }[]): SummaryAttribution {
  const noteText = new Map(footnotes.map((f) => [String(f.number), f.text]));
  const listText = findSubmissionList([...footnotes.map((f) => f.text), ...paragraphs.map((p) => p.text)]);
  const list = listText ? parseSubmissionList(listText, citedKeys(footnotes.map((f) => f.text))) : { value: [], problems: [] };
  const submitters = list.value;
  const nhriInList = submitters.filter((s) => s.kind === 'nhri');
  let nhri = nhriInList.length === 1 ? nhriInList[0] : undefined;
  const out: AttributedParagraph[] = [];
  let section: SummarySection = 'stakeholders';
  let firstInSection = false;
  let cite = citationMatcher(submitters);
  for (const p of paragraphs) {
    if (p.number === null) {
      if (NHRI_SECTION.test(p.text)) [section, firstInSection] = ['nhri', true];
      else if (STAKEHOLDER_SECTION.test(p.text)) section = 'stakeholders';
      else if (/^I\.\s+Background$/i.test(p.text)) section = 'intro';
      else if (TOP_HEADING.test(p.text) && section === 'intro') section = 'stakeholders';
      continue;
    }
    const notes = p.footnoteRefs.map((n) => noteText.get(String(n)) ?? '');
    const isIntro = section === 'intro' || INTRO.test(p.text) || notes.some((n) => n === listText);
    if (section === 'nhri' && firstInSection && !nhri) {
      nhri = namedInstitution(p.text);
      if (nhri) cite = citationMatcher([...submitters, nhri]);
    }
    firstInSection = false;
    const main = [p.text, ...notes.map((n) => n.split(/\bSee also\b/i)[0]!)];
    const primary = cite(main);
    const secondary = cite(notes.map((n) => n.split(/\bSee also\b/i).slice(1).join(' '))).filter((s) => !primary.includes(s));
    if (section === 'nhri' && nhri && !primary.some((s) => s.key === nhri!.key)) primary.unshift(nhri);
    out.push({ number: p.number, section: isIntro ? 'intro' : section, primary, secondary });
  }
  return { submitters: nhri && !submitters.includes(nhri) ? [...submitters, nhri] : submitters, nhri, paragraphs: out, listFound: Boolean(listText), listProblems: list.problems };
}
