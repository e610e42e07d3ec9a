// Words and groupings every renderer shares: issue names, citations of a reference's source, the grouping of
// references by document kind and main issue, and the title of the report (in the labels' language, English by default).
import { childRightsIssue } from '../core/taxonomy.js';
import { REFERENCE_KINDS, type ReferenceKind, type ReportReference, type ReviewReport } from './model.js';
import { LABELS, type Labels } from './labels.js';

const EN = LABELS.en;

export const issueName = (id: string, L: Labels = EN): string => childRightsIssue(id)?.names[L.lang] ?? id;

export const issueList = (ids: string[], L: Labels = EN): string => (ids.length > 0 ? ids.map((i) => issueName(i, L)).join(', ') : '—');

/** The review date when stored, else the session's dates. */
export function reviewWhen(r: ReviewReport, L: Labels = EN): string {
  if (r.reviewDate) return r.reviewDate;
  return r.sessionDates ? L.sessionDates(r.sessionDates.start, r.sessionDates.end) : L.notStored;
}

export function reportTitle(r: ReviewReport, L: Labels = EN): string {
  return L.title(r.state.name, r.cycle);
}

/** `A/HRC/WG.6/34/SVN/3, para. 73, p. 9` — the citation of where a reference's text is. */
export function citation(ref: ReportReference, L: Labels = EN): string {
  const doc = ref.documentSymbol ?? ref.documentFile;
  const para = ref.paragraph ? (ref.kind === 'advance_question' ? `${L.item} ${ref.paragraph}` : `para. ${ref.paragraph}`) : '';
  return [doc, para, ref.page !== null ? `p. ${ref.page}` : ''].filter(Boolean).join(', ');
}

/** Who the reference quotes or cites, as a phrase: `JS3 (Joint submission 3: …); EU-FRA (European Union…)`. */
export function sourcesText(ref: ReportReference): string {
  return ref.sources
    .map((s) => (s.kind === 'state' ? s.name : `${s.key} (${s.name}${s.members && s.members.length > 0 ? `: ${s.members.join(', ')}` : ''})`))
    .join('; ');
}

export const SOURCE_LABEL: Record<ReferenceKind, string> = EN.sourceLabel;

export function positionText(ref: ReportReference): string {
  if (!ref.response) return '';
  return `${ref.response}${ref.responseSource ? ` (${ref.responseSource})` : ''}`;
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
export function sections(r: ReviewReport, L: Labels = EN): KindSection[] {
  const out: KindSection[] = [];
  for (const kind of REFERENCE_KINDS) {
    const refs = r.references.filter((x) => x.kind === kind);
    if (refs.length === 0) continue;
    const slug = kind.replace(/_/g, '-');
    const groups: IssueGroup[] = [];
    const nhri = refs.filter((x) => x.nhri);
    if (nhri.length > 0) groups.push({ id: `${slug}-nhri`, title: L.nhri, references: nhri });
    const byIssue = new Map<string, ReportReference[]>();
    for (const x of refs.filter((y) => !y.nhri)) {
      const main = x.issues[0] ?? 'unclassified';
      byIssue.set(main, [...(byIssue.get(main) ?? []), x]);
    }
    for (const [issue, list] of [...byIssue].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      groups.push({ id: `${slug}-${issue.replace(/_/g, '-')}`, title: issue === 'unclassified' ? L.noIssue : issueName(issue, L), references: list });
    }
    const symbols = [...new Set(refs.map((x) => x.documentSymbol ?? x.documentFile))];
    out.push({ id: slug, kind, title: L.kinds[kind], symbols, groups });
  }
  return out;
}
