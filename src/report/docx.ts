// The report as a Word document (the `docx` package) in the report's language: title, table of contents,
// headings, tables, each reference with a real footnote giving its source, and "Page n of m" in the footer.
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell,
  TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import { localeFor, type Lang, type Locale } from '../core/index.js';
import { REFERENCE_KINDS, type ReviewReport } from './model.js';
import { crcItemMeta } from './crc.js';
import {
  citation, documentType, expectedName, expectedStatus, field, incompleteWarning, issueName, kindTitle, noteText, referenceMeta, reportStateName, reportTitle, reviewWhen, sections, sourceNoteText,
} from './presentation.js';

type Block = Paragraph | Table | TableOfContents;
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ text, heading });
const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

function table(head: string[], rows: (string | number)[][], loc: Locale): Table {
  const cell = (t: string | number, bold = false): TableCell =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: typeof t === 'number' ? loc.num(t) : t, bold })], alignment: typeof t === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((x) => cell(x, true)) }), ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) }))],
  });
}

const bullets = (ids: string[], none: string, loc: Locale): Paragraph[] =>
  ids.length > 0 ? ids.map((i) => new Paragraph({ text: issueName(i, loc), bullet: { level: 0 } })) : [p(none)];

function summary(r: ReviewReport, loc: Locale): Block[] {
  const t = loc.t;
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const rec = s.recommendations;
  return [
    h(t('rp_summary'), HeadingLevel.HEADING_1),
    h(t('rp_perDocument'), HeadingLevel.HEADING_2), table([t('document'), t('rp_references')], kinds.map((k) => [kindTitle(k, loc), s.byKind[k] ?? 0]), loc),
    h(t('rp_perIssue'), HeadingLevel.HEADING_2),
    table([t('issue'), ...kinds.map((k) => kindTitle(k, loc)), t('total')], s.byIssue.map((i) => [issueName(i.issue, loc), ...kinds.map((k) => i.byKind[k] ?? 0), i.total]), loc),
    h(t('rp_positions'), HeadingLevel.HEADING_2),
    table([t('rp_position'), t('rp_recommendations')], [[t('rp_supported'), rec.supported], [t('rp_noted'), rec.noted], [t('rp_pendingOrUnknown'), rec.other], [t('total'), rec.total]], loc),
    h(t('rp_gaps'), HeadingLevel.HEADING_2), p(t('rp_gapsIntro')), ...bullets(s.gaps, t('rp_gapsNone'), loc),
    h(t('rp_raisedAgain'), HeadingLevel.HEADING_2), ...bullets(s.raisedAgain, t('rp_raisedAgainNone'), loc),
  ];
}

function comparison(r: ReviewReport, loc: Locale): Block[] {
  const c = r.comparison;
  if (!c) return [];
  const t = loc.t;
  const head = [t('rp_para'), t('cycleN', { n: r.cycle }), t('rp_para'), t('cycleN', { n: c.previousCycle }), t('rp_overlap')];
  return [h(t('rp_comparison', { cycle: c.previousCycle }), HeadingLevel.HEADING_1), h(t('rp_repeated', { n: c.repeated.length }), HeadingLevel.HEADING_2),
    ...(c.repeated.length > 0 ? [table(head, c.repeated.map((x) => [x.currentParagraph ?? '—', x.current, x.previousParagraph ?? '—', x.previous, x.similarity]), loc)] : [p(t('rp_none'))]),
    h(t('rp_disappeared'), HeadingLevel.HEADING_2), ...bullets(c.disappeared, t('rp_none'), loc),
    h(t('rp_appeared'), HeadingLevel.HEADING_2), ...bullets(c.appeared, t('rp_none'), loc)];
}

/** The section on the Committee on the Rights of the Child (crc.ts), as in the HTML and Markdown reports; none without CRC texts. */
function crc(r: ReviewReport, loc: Locale): Block[] {
  if (!r.crc) return [];
  const t = loc.t;
  const more = r.crc.total - r.crc.items.length;
  return [h(t('rp_crcTitle'), HeadingLevel.HEADING_1), p(t('rp_crcIntro')),
    ...r.crc.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: i.text, language: { value: 'en-GB' } }),
      new TextRun({ text: ` (${crcItemMeta(i, loc)})`, size: 18, color: '444444' })] })),
    ...(more > 0 ? [p(t('rp_crcMore', { n: more, iso3: r.state.iso3 }))] : [])];
}

/** The warning when expected documents are missing or unreadable, and one line per expected document. */
function expected(r: ReviewReport, loc: Locale): Paragraph[] {
  const warning = incompleteWarning(r, loc);
  return [
    ...(warning ? [new Paragraph({ children: [new TextRun({ text: warning, bold: true, color: '8A1F11' })] })] : []),
    new Paragraph({ children: [new TextRun({ text: loc.t('rp_expected'), bold: true })] }),
    ...r.expectedDocuments.map((e) => new Paragraph({ text: field(loc, expectedName(e, loc), expectedStatus(e, loc)), bullet: { level: 0 } })),
  ];
}

/** "Page n of m" as footer runs, from the catalogue's `rp_pageOf` ("Page {page} of {pages}"). */
function pageOf(loc: Locale): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return loc.t('rp_pageOf').split(/(\{page\}|\{pages\})/).filter(Boolean)
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
}

/** Renders a review report as a DOCX file, its own words in `lang` (English by default). */
export async function renderReportDocx(r: ReviewReport, lang: Lang = 'en'): Promise<Uint8Array> {
  const loc = localeFor(lang);
  const t = loc.t;
  const secs = sections(r, loc);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const toc = [{ title: t('rp_summary'), level: 1 }, ...(r.comparison ? [{ title: t('rp_comparison', { cycle: r.comparison.previousCycle }), level: 1 }] : []),
    ...secs.map((x) => ({ title: x.title, level: 1 })), ...(r.crc ? [{ title: t('rp_crcTitle'), level: 1 }] : []), { title: t('rp_method'), level: 1 }];
  const body: Block[] = [
    new Paragraph({ text: reportTitle(r, loc), heading: HeadingLevel.TITLE }),
    p([field(loc, t('stateUnderReview'), `${reportStateName(r, loc)} (${r.state.iso3})`), `${t('cycle')} ${r.cycle}`, `${t('session')} ${r.session ?? '—'}`, field(loc, t('rp_reviewDate'), reviewWhen(r, loc))].join(' · ')),
    p(field(loc, t('rp_documentsUsed'), r.documents.map((d) => `${d.symbol ?? d.fileName} (${documentType(d.type, loc)})`).join(', '))),
    ...r.documents.flatMap((d) => (d.corrigenda ?? []).map((c) => p(field(loc, t('docCorrigenda'), `${c.symbol}: ${c.text}`)))),
    ...expected(r, loc),
    h(t('rp_contents'), HeadingLevel.HEADING_1),
    new TableOfContents(t('rp_contents'), { hyperlink: true, headingStyleRange: '1-2', cachedEntries: toc }),
    ...summary(r, loc), ...comparison(r, loc),
  ];
  let note = 0;
  for (const sec of secs) {
    body.push(h(sec.title, HeadingLevel.HEADING_1), p(sec.symbols.join(', ')));
    for (const g of sec.groups) {
      body.push(h(`${g.title} (${g.references.length})`, HeadingLevel.HEADING_2));
      for (const x of g.references) {
        note++;
        footnotes[note] = { children: [new Paragraph(sourceNoteText(x, loc))] };
        body.push(new Paragraph({ indent: { left: 360 }, spacing: { before: 160 }, children: [new TextRun({ text: (x.excerpt ?? [x.text]).join(' … '), italics: true, language: { value: 'en-GB' } }), new FootnoteReferenceRun(note)] }));
        body.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: [citation(x, loc), ...referenceMeta(x, loc)].join(' · '), size: 18, color: '444444' })] }));
      }
    }
  }
  body.push(...crc(r, loc));
  body.push(h(t('rp_method'), HeadingLevel.HEADING_1), p(t('rp_methodText', { classifier: r.classifier })),
    ...r.notes.map((n) => new Paragraph({ text: noteText(n, loc), bullet: { level: 0 } })));
  const doc = new Document({
    title: reportTitle(r, loc),
    creator: 'upr',
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Cambria', size: 22, language: { value: { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }[lang] } } }, heading1: { run: { font: 'Calibri', color: '0B3D66', size: 32, bold: true } }, heading2: { run: { font: 'Calibri', color: '0B3D66', size: 26, bold: true } } },
    },
    footnotes,
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageOf(loc), size: 18 })] })] }) },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
