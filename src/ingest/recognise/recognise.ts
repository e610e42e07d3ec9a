// Recognises a UPR document from its own text: UN symbol and type, State under review, Working Group
// session and cycle, language, date and the document it corrects. Pure: text in, recognition out.
import { type DocumentType, type Parsed, type Problem, stateByIso3 } from '../../core/index.js';
import { normaliseChars } from '../text/normalise.js';
import { findOwnSymbol, readSymbol } from './symbol.js';
import { detectLanguage } from './language.js';
import { ORDINAL_WORD, parseOrdinal } from './ordinals.js';
import { findStateName, mostMentionedState, knownIso3 } from './state-name.js';
import { cycleOf, sessionAtDate } from './session-date.js';
import { isOwnOutputText, OWN_OUTPUT_MESSAGE } from './own-output.js';

export interface Recognition {
  symbol: string | null;
  type: DocumentType;
  stateIso3: string | null;
  /** Working Group session of the review the document belongs to. */
  session: number | null;
  cycle: number | null;
  language: string | null;
  title: string;
  /** Issue date (ISO) on the masthead, or the review date for decisions. */
  date: string | null;
  /** Symbol of the corrected document for `/Corr.n` and `/Rev.n`. */
  corrects: string | null;
  /** False when nothing in the text ties it to the Universal Periodic Review (or it is upr's own output). */
  isUpr: boolean;
  /** True for a report or export made by upr itself: always refused. */
  ownOutput: boolean;
}

export interface RecognitionInput {
  pages: string[];
  /** Page headers of word-processor files (DOCX), which often name the State and session. */
  headers?: string[];
}

const TITLES: Record<DocumentType, string> = {
  national_report: 'National report', un_compilation: 'Compilation of UN information',
  stakeholder_summary: "Summary of stakeholders' submissions", wg_report: 'Report of the Working Group on the UPR',
  wg_report_addendum: 'Addendum to the Working Group report: views of the State under review',
  hrc_decision: 'Human Rights Council decision: outcome of the UPR', thematic_list: 'Thematic list of recommendations',
  advance_questions: 'Advance questions', mid_term_report: 'Mid-term report or State update', other: 'Other document',
};
/** The document types, as `upr ingest --as` accepts them. */
export const DOCUMENT_TYPE_NAMES = Object.keys(TITLES) as DocumentType[];

/** "National report: Slovenia (corrigendum)". */
export function documentTitle(type: DocumentType, stateIso3: string | null, symbol: string | null): string {
  const stateName = stateIso3 ? stateByIso3(stateIso3)?.name : undefined;
  const fix = symbol ? /\/(Corr|Rev)\.\d+$/.exec(symbol)?.[1] : undefined;
  return `${TITLES[type]}${stateName ? `: ${stateName}` : ''}${fix ? ` (${fix === 'Rev' ? 'revision' : 'corrigendum'})` : ''}`;
}

const WG_TITLE = /Report of the Working(?: Group)? on the Universal\s+Periodic\s+Review|Previously issued under the (?:document )?symbol A\/HRC\/WG\.6/i;
const MID_TERM_TITLE = /\bmid-?term (?:progress |implementation |review )?report\b|\binterim (?:progress )?report on (?:the )?implementation\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(String.raw`\b(\d{1,2})\s(${MONTHS})\s(\d{4})\b`);

/** Recognises what a document is from its first page, headers and text. */
export function recogniseDocument(input: RecognitionInput, file?: string): Parsed<Recognition> {
  const problems: Problem[] = [];
  const first = normaliseChars(input.pages[0] ?? '');
  const header = normaliseChars((input.headers ?? []).join('\n'));
  const all = normalisedHead(input.pages.join('\n'), 40_000);
  const flatFirst = first.replace(/\s+/g, ' ');
  const opening = all.slice(0, 4000).replace(/\s+/g, ' ');
  const r: Recognition = { symbol: null, type: 'other', stateIso3: null, session: null, cycle: null, language: detectLanguage(all),
    title: '', date: isoDate(DATE.exec(first.split('\n').slice(0, 14).join('\n'))), corrects: null, isUpr: false, ownOutput: isOwnOutputText(all) || input.pages.some((page) => isOwnOutputText(page)) };

  if (/Thematic list of recommendations/i.test(header + opening) || (/Source of position/i.test(opening) && /\bTheme\b/.test(opening))) {
    r.type = 'thematic_list';
  } else if (/ADVANCE QUESTIONS|questions (?:submitted |prepared )?in advance/i.test(all.slice(0, 400))) {
    r.type = 'advance_questions';
  } else {
    r.symbol = findOwnSymbol(first);
    // A State's mid-term report has no UN symbol; its title says what it is.
    if (!r.symbol && MID_TERM_TITLE.test(flatFirst.slice(0, 600))) r.type = 'mid_term_report';
  }
  if (r.symbol) {
    const info = readSymbol(r.symbol);
    r.type = info.type;
    r.corrects = info.corrects;
    r.session = info.session;
    if (info.iso3 && knownIso3(info.iso3)) r.stateIso3 = info.iso3;
    if ((r.type === 'wg_report' || r.type === 'wg_report_addendum') && !info.session && !WG_TITLE.test(flatFirst)) r.type = 'other';
  }
  r.isUpr = r.type !== 'other' || r.symbol !== null || /Universal Periodic Review|\bUPR\b/i.test(opening);
  r.stateIso3 ??= findStateName(first, header) ?? (r.symbol === null && r.isUpr ? mostMentionedState(all.slice(0, 6000)) : null);
  // Without a symbol or a known structure, a mention of the UPR is not enough: it must name a State under review.
  if (r.type === 'other' && r.symbol === null && r.stateIso3 === null) r.isUpr = false;
  if (r.ownOutput) r.isUpr = false;

  r.session ??= sessionFromText(header + '\n' + all.slice(0, 20_000));
  if (r.session === null && r.stateIso3) {
    const reviewed = new RegExp(String.raw`review of [^.]{1,60}? (?:was held )?on ${DATE.source}`, 'i').exec(opening);
    const when = reviewed ? isoDate(DATE.exec(reviewed[0])) : r.type === 'wg_report_addendum' ? r.date : null;
    if (when) r.session = sessionAtDate(r.stateIso3, when);
  }
  r.cycle = r.session !== null ? cycleOf(r.session) : cycleFromText(header);
  r.title = documentTitle(r.type, r.stateIso3, r.corrects ? r.symbol : null);

  const where = { file };
  if (r.ownOutput) problems.push({ ...where, message: OWN_OUTPUT_MESSAGE });
  else if (!r.isUpr) problems.push({ ...where, message: 'not a UPR document: no UN document symbol, State under review or mention of the Universal Periodic Review found' });
  else {
    if (!r.symbol && r.type !== 'thematic_list' && r.type !== 'advance_questions' && r.type !== 'mid_term_report') problems.push({ ...where, page: 1, message: 'no UN document symbol found on the first page' });
    if (!r.stateIso3 && r.type !== 'other') problems.push({ ...where, message: 'State under review not recognised' });
  }
  return { value: r, problems };
}

/**
 * The first `length` characters of the normalised text (recognition reads no further), normalising only
 * a little more than that: the normalised head of a text is the head of its normalised form.
 */
function normalisedHead(text: string, length: number): string {
  if (text.length <= length * 1.5) return normaliseChars(text);
  const head = normaliseChars(text.slice(0, length * 1.5));
  return head.length >= length ? head.slice(0, length) : normaliseChars(text).slice(0, length);
}

function isoDate(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const month = MONTHS.split('|').indexOf(m[2]!) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** "held its seventh session", "(3rd Cycle - 34th Session)", "Thirty-fourth session" under the Working Group. */
function sessionFromText(text: string): number | null {
  const patterns = [
    new RegExp(String.raw`Working Group on the Universal Periodic Review[^.]{0,160}?held its (${ORDINAL_WORD}) session`, 'i'),
    new RegExp(String.raw`Working Group on the Universal\s+Periodic Review\s+(${ORDINAL_WORD}) session`, 'i'),
    new RegExp(String.raw`Cycle\s*[-–,]\s*(${ORDINAL_WORD}) session`, 'i'),
  ];
  const flat = text.replace(/\s+/g, ' ');
  for (const re of patterns) {
    const m = re.exec(flat);
    const n = m ? parseOrdinal(m[1]!.replace(/\s/g, '')) : null;
    if (n) return n;
  }
  // "during the 34th session of the UPR Working Group" (letters; OCR may turn "th" into a quote mark)
  const m = /\b(\d{1,2})(?:st|nd|rd|th|["”'’])? session of the (?:UPR )?Working Group/i.exec(flat);
  return m ? Number(m[1]) : null;
}

function cycleFromText(header: string): number | null {
  const m = new RegExp(String.raw`(${ORDINAL_WORD})\s*Cycle`, 'i').exec(header.replace(/\s+/g, ' '));
  return m ? parseOrdinal(m[1]!.replace(/\s/g, '')) : null;
}
