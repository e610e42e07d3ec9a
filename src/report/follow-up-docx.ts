// The follow-up matrix and the draft submission outline as Word documents (the `docx` package), ready to
// attach to or start the next stakeholder submission. Rows and sections come from followup.
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { MATRIX_COLUMNS, matrixCells, evidenceLine, statusLine, STATUS_LABELS, type MatrixRow, type OutlineSection } from '../followup/index.js';

const cell = (text: string, bold = false): TableCell =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })) });

/** The matrix as a landscape table, one row per recommendation, under `title`. */
export async function renderMatrixDocx(rows: readonly MatrixRow[], title: string): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: MATRIX_COLUMNS.map((c) => cell(c.label, true)) }), ...rows.map((r) => new TableRow({ children: matrixCells(r).map((t) => cell(t)) }))],
  });
  const doc = new Document({
    title, creator: 'upr',
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), table] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The draft outline: a heading per issue, then each recommendation with its status, assessment and evidence. */
export async function renderOutlineDocx(sections: readonly OutlineSection[], title: string): Promise<Uint8Array> {
  const body: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const s of sections) {
    body.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: statusLine(s) }));
    for (const r of s.rows) {
      const where = [r.symbol, r.paragraph ? `para. ${r.paragraph}` : null].filter(Boolean).join(', ');
      body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: r.text, bold: true }), new TextRun(` (${r.recommendingStates.join(', ')}; ${where ? where + '; ' : ''}${r.position})`)] }));
      body.push(new Paragraph({ bullet: { level: 1 }, text: `Status: ${r.status ? STATUS_LABELS[r.status] : 'Not assessed'}${r.responsibleBody ? ` — responsible: ${r.responsibleBody}` : ''}` }));
      if (r.assessment) body.push(new Paragraph({ bullet: { level: 1 }, text: `Assessment: ${r.assessment}` }));
      for (const e of r.evidence) body.push(new Paragraph({ bullet: { level: 1 }, text: `Evidence: ${evidenceLine(e)}` }));
    }
  }
  const doc = new Document({ title, creator: 'upr', sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
