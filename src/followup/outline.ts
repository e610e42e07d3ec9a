// The draft outline of the next stakeholder submission: per children's-rights issue, the recommendations
// received, their position, status and evidence; recommendations without a children's-rights issue close it.
import { childRightsIssue, CHILD_RIGHTS_ISSUE_IDS } from '../core/index.js';
import { evidenceLine, type MatrixRow } from './matrix.js';
import { STATUS_LABELS, STATUSES, type ImplementationStatus } from './statuses.js';

export interface OutlineSection {
  /** A children's-rights issue id, or `other`. */
  issue: string;
  title: string;
  rows: MatrixRow[];
  byStatus: Partial<Record<ImplementationStatus | 'unassessed', number>>;
}

/** Sections in the taxonomy's order; a recommendation with several issues appears under each. */
export function draftOutline(rows: readonly MatrixRow[]): OutlineSection[] {
  const ids = [...CHILD_RIGHTS_ISSUE_IDS, 'other'];
  return ids.map((issue) => {
    const inIssue = rows.filter((r) => (issue === 'other' ? r.childIssues.length === 0 : r.childIssues.includes(issue)));
    const byStatus: OutlineSection['byStatus'] = {};
    for (const r of inIssue) byStatus[r.status ?? 'unassessed'] = (byStatus[r.status ?? 'unassessed'] ?? 0) + 1;
    return { issue, title: issue === 'other' ? 'Other recommendations' : childRightsIssue(issue)!.names.en, rows: inIssue, byStatus };
  }).filter((s) => s.rows.length > 0);
}

/** One line summing a section's statuses, e.g. "3 recommendations: 1 fully implemented, 2 not assessed". */
export function statusLine(s: OutlineSection): string {
  const parts = [...STATUSES, 'unassessed' as const].filter((k) => s.byStatus[k])
    .map((k) => `${s.byStatus[k]} ${(k === 'unassessed' ? 'not assessed' : STATUS_LABELS[k]).toLowerCase()}`);
  return `${s.rows.length} recommendation${s.rows.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** Markdown characters that would change the meaning of stored text, escaped. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');

/** The outline as Markdown: a heading per issue, a bullet per recommendation with status and evidence. */
export function outlineMarkdown(sections: readonly OutlineSection[], title: string): string {
  const out = [`# ${md(title)}`, ''];
  for (const s of sections) {
    out.push(`## ${md(s.title)}`, '', statusLine(s), '');
    for (const r of s.rows) {
      const where = [r.symbol, r.paragraph ? `para. ${r.paragraph}` : null].filter(Boolean).join(', ');
      out.push(`- **${md(r.text)}** (${md(r.recommendingStates.join(', '))}; ${where ? md(where) + '; ' : ''}${r.position})`);
      out.push(`  - Status: ${r.status ? STATUS_LABELS[r.status] : 'Not assessed'}${r.responsibleBody ? ` — responsible: ${md(r.responsibleBody)}` : ''}`);
      if (r.assessment) out.push(`  - Assessment: ${md(r.assessment)}`);
      for (const e of r.evidence) out.push(`  - Evidence: ${md(evidenceLine(e))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
