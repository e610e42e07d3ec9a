// Words and groupings every renderer shares: issue names, citations of a reference's source, the grouping of
// references by document kind and main issue, and the title of the report.
import { childRightsIssue } from '../core/taxonomy.js';
import { KIND_TITLES, REFERENCE_KINDS, type ReferenceKind, type ReportReference, type ReviewReport } from './model.js';

export const issueName = (id: string): string => childRightsIssue(id)?.names.en ?? id;

export const issueList = (ids: string[]): string => (ids.length > 0 ? ids.map(issueName).join(', ') : '—');

/** The review date when stored, else the session's dates: `2019-11-04 to 2019-11-15 (session 34)`. */
export function reviewWhen(r: ReviewReport): string {
  if (r.reviewDate) return r.reviewDate;
  return r.sessionDates ? `${r.sessionDates.start} to ${r.sessionDates.end} (Working Group session)` : 'not stored';
}

export function reportTitle(r: ReviewReport): string {
  return `Children's rights in the Universal Periodic Review of ${r.state.name}: cycle ${r.cycle}`;
}

/** `A/HRC/WG.6/34/SVN/3, para. 73, p. 9` — the citation of where a reference's text is. */
export function citation(ref: ReportReference): string {
  const doc = ref.documentSymbol ?? ref.documentFile;
  const para = ref.paragraph ? (ref.kind === 'advance_question' ? `item ${ref.paragraph}` : `para. ${ref.paragraph}`) : '';
  return [doc, para, ref.page !== null ? `p. ${ref.page}` : ''].filter(Boolean).join(', ');
}

/** Who the reference quotes or cites, as a phrase: `JS3 (Joint submission 3: …); EU-FRA (European Union…)`. */
export function sourcesText(ref: ReportReference): string {
  return ref.sources
    .map((s) => (s.kind === 'state' ? s.name : `${s.key} (${s.name}${s.members && s.members.length > 0 ? `: ${s.members.join(', ')}` : ''})`))
    .join('; ');
}

export const SOURCE_LABEL: Record<ReferenceKind, string> = {
  national_report: 'Written by the State under review',
  un_compilation: 'UN bodies cited',
  stakeholder_summary: 'Stakeholders cited',
  advance_question: 'Asked by',
  dialogue: 'Statement by',
  recommendation: 'Recommended by',
};

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
export function sections(r: ReviewReport): KindSection[] {
  const out: KindSection[] = [];
  for (const kind of REFERENCE_KINDS) {
    const refs = r.references.filter((x) => x.kind === kind);
    if (refs.length === 0) continue;
    const slug = kind.replace(/_/g, '-');
    const groups: IssueGroup[] = [];
    const nhri = refs.filter((x) => x.nhri);
    if (nhri.length > 0) groups.push({ id: `${slug}-nhri`, title: 'National human rights institution', references: nhri });
    const byIssue = new Map<string, ReportReference[]>();
    for (const x of refs.filter((y) => !y.nhri)) {
      const main = x.issues[0] ?? 'unclassified';
      byIssue.set(main, [...(byIssue.get(main) ?? []), x]);
    }
    for (const [issue, list] of [...byIssue].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      groups.push({ id: `${slug}-${issue.replace(/_/g, '-')}`, title: issue === 'unclassified' ? 'No specific issue' : issueName(issue), references: list });
    }
    const symbols = [...new Set(refs.map((x) => x.documentSymbol ?? x.documentFile))];
    out.push({ id: slug, kind, title: KIND_TITLES[kind], symbols, groups });
  }
  return out;
}
