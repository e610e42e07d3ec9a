// Words and groupings every renderer shares, in the report's language (a Locale of the one catalogue): issue,
// State and document-type names, citations of a reference's source, the grouping of references by document
// kind and main issue, the builder's notes and the title of the report. Quoted UN texts stay as written.
import { childIssueLabel, documentTypeLabel, localeFor, responseLabel, type Locale, type MessageKey, stateName } from '../core/index.js';
import { REFERENCE_KINDS, type ExpectedDocument, type ReferenceKind, type ReportNote, type ReportReference, type ReviewReport } from './model.js';

export const ENGLISH: Locale = localeFor('en');

export const issueName = (id: string, loc: Locale = ENGLISH): string => childIssueLabel(loc, id);

export const issueList = (ids: string[], loc: Locale = ENGLISH): string => (ids.length > 0 ? ids.map((i) => issueName(i, loc)).join(', ') : '—');

/** Title of a document kind: "Compilation of UN information". */
export const kindTitle = (kind: ReferenceKind, loc: Locale = ENGLISH): string => loc.t(`rp_kind_${kind}` as MessageKey);

/** What the sources of a reference of this kind are: "Recommended by". */
export const sourceLabel = (kind: ReferenceKind, loc: Locale = ENGLISH): string => loc.t(`rp_source_${kind}` as MessageKey);

export const documentType = (type: string, loc: Locale = ENGLISH): string => documentTypeLabel(loc, type);

/** `label: value`, with the language's spacing ("Recommandée par : Pays-Bas"). */
export const field = (loc: Locale, label: string, value: string | number): string => loc.t('rp_field', { label, value });

/** The State under review, named in the report's language. */
export const reportStateName = (r: ReviewReport, loc: Locale = ENGLISH): string => (loc.lang === 'en' ? r.state.name : stateName(r.state.iso3, loc.lang));

/** The review date when stored, else the session's dates, in the report's language. */
export function reviewWhen(r: ReviewReport, loc: Locale = ENGLISH): string {
  if (r.reviewDate) return loc.date(r.reviewDate);
  return r.sessionDates ? loc.t('rp_sessionDates', { start: loc.date(r.sessionDates.start), end: loc.date(r.sessionDates.end) }) : loc.t('rp_notStored');
}

export function reportTitle(r: ReviewReport, loc: Locale = ENGLISH): string {
  return loc.t('rp_title', { state: reportStateName(r, loc), cycle: r.cycle });
}

/** `A/HRC/WG.6/34/SVN/3, para. 73, p. 9` — the citation of where a reference's text is. */
export function citation(ref: ReportReference, loc: Locale = ENGLISH): string {
  const doc = ref.documentSymbol ?? ref.documentFile;
  const para = ref.paragraph ? loc.t(ref.kind === 'advance_question' ? 'rp_citeItem' : 'rp_citePara', { n: ref.paragraph }) : '';
  return [doc, para, ref.page !== null ? loc.t('rp_citePage', { n: ref.page }) : ''].filter(Boolean).join(', ');
}

/** Who the reference quotes or cites, as a phrase: `JS3 (Joint submission 3: …); EU-FRA (European Union…)`; States in the report's language. */
export function sourcesText(ref: ReportReference, loc: Locale = ENGLISH): string {
  const name = (s: ReportReference['sources'][number]) =>
    s.kind === 'state' ? (loc.lang === 'en' ? s.name : stateName(s.key, loc.lang)) : `${s.key} (${s.name}${s.members && s.members.length > 0 ? `: ${s.members.join(', ')}` : ''})`;
  const primary = ref.sources.filter((s) => !s.secondary).map(name);
  const secondary = ref.sources.filter((s) => s.secondary).map(name);
  return [...primary, ...(secondary.length > 0 ? [`${loc.t('rp_seeAlso')}: ${secondary.join('; ')}`] : [])].join('; ');
}

/** The State's position on a recommendation and where it is stated: "noted (A/HRC/43/15/Add.1)". */
export function positionText(ref: ReportReference, loc: Locale = ENGLISH): string {
  if (!ref.response) return '';
  return `${responseLabel(loc, ref.response)}${ref.responseSource ? ` (${ref.responseSource})` : ''}`;
}

/** The source note of a reference: citation, classifier score and evidence. */
export const sourceNoteText = (ref: ReportReference, loc: Locale = ENGLISH): string =>
  `${citation(ref, loc)}. ${loc.t('rp_noteText', { score: loc.num(Number(ref.score.toFixed(2))), evidence: ref.evidence.join('; ') })}`;

/** A note of the builder, in the report's language. */
export const noteText = (n: ReportNote, loc: Locale = ENGLISH): string => loc.t(`rp_note_${n.code}`, { document: n.document ?? '' });

/** An expected document named by type and symbol: "Compilation of UN information (A/HRC/WG.6/34/SVN/2)". */
export const expectedName = (e: ExpectedDocument, loc: Locale = ENGLISH): string =>
  `${documentType(e.type, loc)} (${e.symbol ?? e.fileName ?? loc.t('rp_symbolUnknown')})`;

/** Whether the report could read an expected document, and why not. */
export const expectedStatus = (e: ExpectedDocument, loc: Locale = ENGLISH): string =>
  `${loc.t(`rp_doc_${e.status}`, { reasons: e.reasons.join('; ') })}${e.status === 'missing' && e.reasons.length > 0 ? ` (${e.reasons.join('; ')})` : ''}`;

/** The warning atop a report that lacks expected documents, or null when every one was read. */
export function incompleteWarning(r: ReviewReport, loc: Locale = ENGLISH): string | null {
  const lacking = r.expectedDocuments.filter((e) => e.status === 'missing' || e.status === 'unreadable');
  return lacking.length > 0 ? loc.t('rp_incomplete', { documents: lacking.map((e) => expectedName(e, loc)).join(', ') }) : null;
}

/** The reference's metadata line: citation, sources, position and issues (HTML adds its note link to the first). */
export function referenceMeta(ref: ReportReference, loc: Locale = ENGLISH): string[] {
  const who = sourcesText(ref, loc);
  return [
    who ? field(loc, sourceLabel(ref.kind, loc), who) : '',
    ref.response ? field(loc, loc.t('rp_position'), positionText(ref, loc)) : '',
    field(loc, loc.t('issues'), issueList(ref.issues, loc)),
  ].filter(Boolean);
}

export interface IssueGroup {
  /** Unique within the report, usable as an anchor. */
  id: string;
  title: string;
  references: ReportReference[];
}

export interface KindSection {
  id: string;
  kind: ReferenceKind;
  title: string;
  symbols: string[];
  groups: IssueGroup[];
}

/** References by document kind, then by main issue (the highest-scored); the NHRI's part of /3 comes first, apart. */
export function sections(r: ReviewReport, loc: Locale = ENGLISH): KindSection[] {
  const out: KindSection[] = [];
  for (const kind of REFERENCE_KINDS) {
    const refs = r.references.filter((x) => x.kind === kind);
    if (refs.length === 0) continue;
    const slug = kind.replace(/_/g, '-');
    const groups: IssueGroup[] = [];
    const nhri = refs.filter((x) => x.nhri);
    if (nhri.length > 0) groups.push({ id: `${slug}-nhri`, title: loc.t('rp_nhri'), references: nhri });
    const byIssue = new Map<string, ReportReference[]>();
    for (const x of refs.filter((y) => !y.nhri)) {
      const main = x.issues[0] ?? 'unclassified';
      byIssue.set(main, [...(byIssue.get(main) ?? []), x]);
    }
    for (const [issue, list] of [...byIssue].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      groups.push({ id: `${slug}-${issue.replace(/_/g, '-')}`, title: issue === 'unclassified' ? loc.t('rp_noIssue') : issueName(issue, loc), references: list });
    }
    const symbols = [...new Set(refs.map((x) => x.documentSymbol ?? x.documentFile))];
    out.push({ id: slug, kind, title: kindTitle(kind, loc), symbols, groups });
  }
  return out;
}

/** Numbers the source notes in reading order (the order references appear in the sections). */
export function noteNumbers(secs: KindSection[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const s of secs) for (const g of s.groups) for (const x of g.references) notes.set(x.id, notes.size + 1);
  return notes;
}
