// The report as a Word document (the `docx` package): title, table of contents, headings, tables, each
// reference with a real footnote giving its source, and "Page n of m" in the footer.
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell,
  TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import { KIND_TITLES, REFERENCE_KINDS, type ReviewReport } from './model.js';
import { citation, issueList, issueName, positionText, reportTitle, reviewWhen, sections, sourcesText, SOURCE_LABEL } from './presentation.js';

const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ text, heading });
const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

function table(head: string[], rows: (string | number)[][]): Table {
  const cell = (t: string | number, bold = false): TableCell =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(t), bold })], alignment: typeof t === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((x) => cell(x, true)) }), ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) }))],
  });
}

const bullets = (ids: string[], none: string): Paragraph[] =>
  ids.length > 0 ? ids.map((i) => new Paragraph({ text: issueName(i), bullet: { level: 0 } })) : [p(none)];

/** Renders a review report as a DOCX file. */
export async function renderReportDocx(r: ReviewReport): Promise<Uint8Array> {
  const secs = sections(r);
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const toc = [{ title: 'Summary', level: 1 }, ...(r.comparison ? [{ title: `Comparison with cycle ${r.comparison.previousCycle}`, level: 1 }] : []),
    ...secs.map((x) => ({ title: x.title, level: 1 })), { title: 'Method and notes', level: 1 }];
  const body: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: reportTitle(r), heading: HeadingLevel.TITLE }),
    p(`State under review: ${r.state.name} (${r.state.iso3}) · Cycle ${r.cycle} · Session ${r.session ?? '—'} · Review date: ${reviewWhen(r)}`),
    p(`Documents used: ${r.documents.map((d) => d.symbol ?? d.fileName).join(', ')}`),
    h('Contents', HeadingLevel.HEADING_1),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2', cachedEntries: toc }),
    h('Summary', HeadingLevel.HEADING_1),
    h('References per document', HeadingLevel.HEADING_2), table(['Document', 'References'], kinds.map((k) => [KIND_TITLES[k], s.byKind[k] ?? 0])),
    h('References per issue', HeadingLevel.HEADING_2),
    table(['Issue', ...kinds.map((k) => KIND_TITLES[k]), 'Total'], s.byIssue.map((i) => [issueName(i.issue), ...kinds.map((k) => i.byKind[k] ?? 0), i.total])),
    h("Children's-rights recommendations", HeadingLevel.HEADING_2),
    table(['Position', 'Recommendations'], [['Supported', s.recommendations.supported], ['Noted', s.recommendations.noted], ['Pending or unknown', s.recommendations.other], ['Total', s.recommendations.total]]),
    h('Raised by the UN or stakeholders, absent from the recommendations', HeadingLevel.HEADING_2), ...bullets(s.gaps, 'None.'),
    h('Recommended last cycle and raised again', HeadingLevel.HEADING_2), ...bullets(s.raisedAgain, 'None, or the previous cycle is not ingested.'),
  ];
  if (r.comparison) {
    const c = r.comparison;
    body.push(h(`Comparison with cycle ${c.previousCycle}`, HeadingLevel.HEADING_1), h(`Recommendations repeated (${c.repeated.length})`, HeadingLevel.HEADING_2),
      ...(c.repeated.length > 0 ? [table(['Para.', `Cycle ${r.cycle}`, 'Para.', `Cycle ${c.previousCycle}`], c.repeated.map((x) => [x.currentParagraph ?? '—', x.current, x.previousParagraph ?? '—', x.previous]))] : [p('None.')]),
      h('Issues that disappeared from the recommendations', HeadingLevel.HEADING_2), ...bullets(c.disappeared, 'None.'),
      h('Issues new in the recommendations', HeadingLevel.HEADING_2), ...bullets(c.appeared, 'None.'));
  }
  let note = 0;
  for (const sec of secs) {
    body.push(h(sec.title, HeadingLevel.HEADING_1), p(sec.symbols.join(', ')));
    for (const g of sec.groups) {
      body.push(h(`${g.title} (${g.references.length})`, HeadingLevel.HEADING_2));
      for (const x of g.references) {
        note++;
        footnotes[note] = { children: [new Paragraph(`${citation(x)}. Classifier score ${x.score.toFixed(2)}; evidence: ${x.evidence.join('; ')}.`)] };
        body.push(new Paragraph({ indent: { left: 360 }, spacing: { before: 160 }, children: [new TextRun({ text: (x.excerpt ?? [x.text]).join(' … '), italics: true }), new FootnoteReferenceRun(note)] }));
        const who = sourcesText(x);
        const meta = [citation(x), who ? `${SOURCE_LABEL[x.kind]}: ${who}` : '', x.response ? `Position: ${positionText(x)}` : '', `Issues: ${issueList(x.issues)}`].filter(Boolean).join(' · ');
        body.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: meta, size: 18, color: '444444' })] }));
      }
    }
  }
  body.push(h('Method and notes', HeadingLevel.HEADING_1),
    p(`Classifier ${r.classifier}. Stakeholders are named from the summary's list of submissions; UN bodies from the compilation's footnotes. Excerpts (…) quote the sentences about children word for word.`),
    ...r.notes.map((n) => new Paragraph({ text: n, bullet: { level: 0 } })));
  const doc = new Document({
    title: reportTitle(r),
    creator: 'upr',
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Cambria', size: 22 } }, heading1: { run: { font: 'Calibri', color: '0B3D66', size: 32, bold: true } }, heading2: { run: { font: 'Calibri', color: '0B3D66', size: 26, bold: true } } } },
    footnotes,
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
