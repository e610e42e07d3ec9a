// The report as Markdown: same sections as the HTML, sources as Markdown footnotes ([^n]).
import { KIND_TITLES, REFERENCE_KINDS, type ReviewReport } from './model.js';
import { citation, issueList, issueName, positionText, reportTitle, reviewWhen, sections, sourcesText, SOURCE_LABEL } from './presentation.js';
import { noteNumbers } from './html-body.js';

const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const mdTable = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const bullets = (ids: string[], none: string): string => (ids.length > 0 ? ids.map((i) => `- ${issueName(i)}`).join('\n') : none);

/** Renders a review report as a Markdown document. */
export function renderReportMarkdown(r: ReviewReport): string {
  const secs = sections(r);
  const notes = noteNumbers(secs);
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const out: string[] = [
    `# ${reportTitle(r)}`, '',
    `- **State under review:** ${r.state.name} (${r.state.iso3})`, `- **Cycle:** ${r.cycle}`, `- **Session:** ${r.session ?? '—'}`,
    `- **Review date:** ${reviewWhen(r)}`, `- **Documents used:** ${r.documents.map((d) => d.symbol ?? d.fileName).join(', ')}`,
    `- **References:** ${r.references.length}`, '',
    '## Summary', '', '### References per document', '', mdTable(['Document', 'References'], kinds.map((k) => [KIND_TITLES[k], s.byKind[k] ?? 0])), '',
    '### References per issue', '', mdTable(['Issue', ...kinds.map((k) => KIND_TITLES[k]), 'Total'], s.byIssue.map((i) => [issueName(i.issue), ...kinds.map((k) => i.byKind[k] ?? 0), i.total])), '',
    "### Children's-rights recommendations", '',
    mdTable(['Position', 'Recommendations'], [['Supported', s.recommendations.supported], ['Noted', s.recommendations.noted], ['Pending or unknown', s.recommendations.other], ['Total', s.recommendations.total]]), '',
    '### Raised by the UN or stakeholders, absent from the recommendations', '', bullets(s.gaps, 'None.'), '',
    '### Recommended last cycle and raised again', '', bullets(s.raisedAgain, 'None, or the previous cycle is not ingested.'), '',
  ];
  if (r.comparison) {
    const c = r.comparison;
    out.push(`## Comparison with cycle ${c.previousCycle}`, '', `### Recommendations repeated (${c.repeated.length})`, '',
      c.repeated.length > 0 ? mdTable(['Para.', `Cycle ${r.cycle}`, 'Para.', `Cycle ${c.previousCycle}`, 'Word overlap'], c.repeated.map((x) => [x.currentParagraph ?? '—', x.current, x.previousParagraph ?? '—', x.previous, x.similarity.toFixed(2)])) : 'None.', '',
      '### Issues that disappeared from the recommendations', '', bullets(c.disappeared, 'None.'), '', '### Issues new in the recommendations', '', bullets(c.appeared, 'None.'), '');
  }
  for (const sec of secs) {
    out.push(`## ${sec.title}`, '', sec.symbols.join(', '), '');
    for (const g of sec.groups) {
      out.push(`### ${g.title} (${g.references.length})`, '');
      for (const x of g.references) {
        const quote = (x.excerpt ?? [x.text]).join(' … ');
        const who = sourcesText(x);
        out.push(`> ${quote}[^${notes.get(x.id)}]`, '',
          [citation(x), who ? `${SOURCE_LABEL[x.kind]}: ${who}` : '', x.response ? `Position: ${positionText(x)}` : '', `Issues: ${issueList(x.issues)}`].filter(Boolean).join(' · '), '');
      }
    }
  }
  out.push('## Method and notes', '', `Classifier ${r.classifier}. Stakeholders are named from the summary's list of submissions; UN bodies from the compilation's footnotes. Excerpts (…) quote the sentences about children word for word.`, '',
    ...r.notes.map((n) => `- ${n}`), '');
  for (const x of [...r.references].sort((a, b) => notes.get(a.id)! - notes.get(b.id)!)) {
    out.push(`[^${notes.get(x.id)}]: ${citation(x)}. Classifier score ${x.score.toFixed(2)}; evidence: ${x.evidence.join('; ')}.`);
  }
  return out.join('\n') + '\n';
}
