// The report as Markdown in the report's language: same sections as the HTML, sources as Markdown footnotes ([^n]).
import { localeFor, type Lang, type Locale } from '../core/index.js';
import { REFERENCE_KINDS, type ReviewReport } from './model.js';
import { crcMarkdown } from './crc.js';
import {
  citation, documentType, expectedName, expectedStatus, field, incompleteWarning, issueName, kindTitle, noteNumbers, noteText, referenceMeta, reportStateName, reportTitle, reviewWhen, sections, sourceNoteText,
} from './presentation.js';

const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const mdTable = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const bullets = (ids: string[], none: string, loc: Locale): string => (ids.length > 0 ? ids.map((i) => `- ${issueName(i, loc)}`).join('\n') : none);

function summary(r: ReviewReport, loc: Locale): string[] {
  const t = loc.t;
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const rec = s.recommendations;
  return [
    `## ${t('rp_summary')}`, '', `### ${t('rp_perDocument')}`, '',
    mdTable([t('document'), t('rp_references')], kinds.map((k) => [kindTitle(k, loc), loc.num(s.byKind[k] ?? 0)])), '',
    `### ${t('rp_perIssue')}`, '',
    mdTable([t('issue'), ...kinds.map((k) => kindTitle(k, loc)), t('total')], s.byIssue.map((i) => [issueName(i.issue, loc), ...kinds.map((k) => loc.num(i.byKind[k] ?? 0)), loc.num(i.total)])), '',
    `### ${t('rp_positions')}`, '',
    mdTable([t('rp_position'), t('rp_recommendations')], [[t('rp_supported'), loc.num(rec.supported)], [t('rp_noted'), loc.num(rec.noted)], [t('rp_pendingOrUnknown'), loc.num(rec.other)], [t('total'), loc.num(rec.total)]]), '',
    `### ${t('rp_gaps')}`, '', t('rp_gapsIntro'), '', bullets(s.gaps, t('rp_gapsNone'), loc), '',
    `### ${t('rp_raisedAgain')}`, '', bullets(s.raisedAgain, t('rp_raisedAgainNone'), loc), '',
  ];
}

/** The warning when expected documents are missing or unreadable, and the table of the five. */
function expected(r: ReviewReport, loc: Locale): string[] {
  const warning = incompleteWarning(r, loc);
  return [...(warning ? [`> **${warning}**`, ''] : []), `## ${loc.t('rp_expected')}`, '',
    mdTable([loc.t('document'), loc.t('rp_status')], r.expectedDocuments.map((e) => [expectedName(e, loc), expectedStatus(e, loc)])), ''];
}

function comparison(r: ReviewReport, loc: Locale): string[] {
  const c = r.comparison;
  if (!c) return [];
  const t = loc.t;
  const head = [t('rp_para'), t('cycleN', { n: r.cycle }), t('rp_para'), t('cycleN', { n: c.previousCycle }), t('rp_overlap')];
  return [`## ${t('rp_comparison', { cycle: c.previousCycle })}`, '', `### ${t('rp_repeated', { n: c.repeated.length })}`, '',
    c.repeated.length > 0 ? mdTable(head, c.repeated.map((x) => [x.currentParagraph ?? '—', x.current, x.previousParagraph ?? '—', x.previous, loc.num(x.similarity)])) : t('rp_none'), '',
    `### ${t('rp_disappeared')}`, '', bullets(c.disappeared, t('rp_none'), loc), '', `### ${t('rp_appeared')}`, '', bullets(c.appeared, t('rp_none'), loc), ''];
}

/** Renders a review report as a Markdown document, its own words in `lang` (English by default). */
export function renderReportMarkdown(r: ReviewReport, lang: Lang = 'en'): string {
  const loc = localeFor(lang);
  const t = loc.t;
  const secs = sections(r, loc);
  const notes = noteNumbers(secs);
  const out: string[] = [
    `# ${reportTitle(r, loc)}`, '',
    ...([
      ['stateUnderReview', `${reportStateName(r, loc)} (${r.state.iso3})`], ['cycle', r.cycle], ['session', r.session ?? '—'], ['rp_reviewDate', reviewWhen(r, loc)],
      ['rp_documentsUsed', r.documents.map((d) => `${d.symbol ?? d.fileName} (${documentType(d.type, loc)})`).join(', ')], ['rp_references', loc.num(r.references.length)],
    ] as const).map(([key, value]) => `- ${field(loc, `**${t(key)}**`, value)}`),
    ...r.documents.flatMap((d) => (d.corrigenda ?? []).map((c) => `- ${field(loc, `**${t('docCorrigenda')}**`, `${c.symbol}: ${c.text}`)}`)), '',
    ...expected(r, loc),
    ...summary(r, loc), ...comparison(r, loc),
  ];
  for (const sec of secs) {
    out.push(`## ${sec.title}`, '', sec.symbols.join(', '), '');
    for (const g of sec.groups) {
      out.push(`### ${g.title} (${g.references.length})`, '');
      for (const x of g.references) {
        out.push(`> ${(x.excerpt ?? [x.text]).join(' … ')}[^${notes.get(x.id)}]`, '', [citation(x, loc), ...referenceMeta(x, loc)].join(' · '), '');
      }
    }
  }
  out.push(...crcMarkdown(r, loc));
  out.push(`## ${t('rp_method')}`, '', t('rp_methodText', { classifier: r.classifier }), '', ...r.notes.map((n) => `- ${noteText(n, loc)}`), '');
  for (const x of [...r.references].sort((a, b) => notes.get(a.id)! - notes.get(b.id)!)) out.push(`[^${notes.get(x.id)}]: ${sourceNoteText(x, loc)}`);
  return out.join('\n') + '\n';
}
