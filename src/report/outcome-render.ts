// The outcome summary as Markdown and as a Word document (the `docx` package), laid out from its blocks.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel, PageBreak } from 'docx';
import type { Lang } from '../core/index.js';
import type { OutcomeBlock } from './outcome-outline.js';

const cellText = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Markdown: title, headings, tables, quotations. */
export function renderOutcomeMarkdown(blocks: OutcomeBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'title') out.push(`# ${b.text}`, '');
    else if (b.kind === 'heading') out.push(`## ${b.text}`, '');
    else if (b.kind === 'paragraph') out.push(b.text, '');
    else if (b.kind === 'note') out.push(`<small>${b.text.replaceAll('<', '&lt;')}</small>`, '');
    else if (b.kind === 'quote') out.push(`> “${b.text}”`, `>`, `> — ${b.cite}`, '');
    else out.push(`| ${b.head.map(cellText).join(' | ')} |`, `|${b.head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...b.rows.map((r) => `| ${r.map(cellText).join(' | ')} |`), '');
  }
  return out.join('\n');
}

function table(b: Extract<OutcomeBlock, { kind: 'table' }>): Table {
  const cell = (text: string, bold: boolean, right: boolean) => new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 19 })], alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT })],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, true, i > 0)) }), ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i > 0)) }))],
  });
}

/** DOCX: one page of summary, then the sources of the figures on the next page in small type. */
export async function renderOutcomeDocx(blocks: OutcomeBlock[], lang: Lang): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const lastHeading = blocks.map((b) => b.kind).lastIndexOf('heading');
  blocks.forEach((b, i) => {
    if (b.kind === 'title') children.push(new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }));
    else if (b.kind === 'heading') {
      if (i === lastHeading) children.push(new Paragraph({ children: [new PageBreak()] }));
      children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
    } else if (b.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 20 })], spacing: { after: 80 } }));
    else if (b.kind === 'note') children.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 16 })], spacing: { after: 40 } }));
    else if (b.kind === 'quote') {
      children.push(new Paragraph({ children: [new TextRun({ text: `“${b.text}”`, italics: true, size: 20 })], indent: { left: 360 } }),
        new Paragraph({ children: [new TextRun({ text: b.cite, size: 17 })], indent: { left: 360 }, spacing: { after: 80 } }));
    } else children.push(table(b));
  });
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const doc = new Document({ title, language: lang, sections: [{ properties: { page: { margin: { top: 800, bottom: 800, left: 900, right: 900 } } }, children }] } as ConstructorParameters<typeof Document>[0]);
  return new Uint8Array(await Packer.toBuffer(doc));
}
