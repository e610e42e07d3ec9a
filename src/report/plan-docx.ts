// The engagement plan as a Word document (the `docx` package): title, next review, a timeline table, then per
// stage a heading with its date and the checklist as boxes to tick, each item with the explorer page holding its data.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Lang } from '../core/index.js';
import { planLink, type PlanText } from './plan-model.js';

const para = (text: string, opts: { italics?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });

function timeline(plan: PlanText): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })], alignment: AlignmentType.LEFT })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(plan.labels.stage, true), cell(plan.labels.date, true)] }),
      ...plan.stages.map((s) => new TableRow({ children: [cell(s.title), cell(s.when)] })),
    ],
  });
}

/** The plan as DOCX bytes; `baseUrl` makes the explorer links absolute. */
export async function renderPlanDocx(plan: PlanText, lang: Lang, baseUrl = ''): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
    para(plan.nextReview), para(plan.intro),
    new Paragraph({ text: plan.labels.timeline, heading: HeadingLevel.HEADING_1 }), timeline(plan), para(plan.rules, { italics: true, size: 18 }),
    new Paragraph({ text: plan.labels.checklist, heading: HeadingLevel.HEADING_1 }),
  ];
  for (const s of plan.stages) {
    body.push(new Paragraph({ text: `${s.title} — ${s.when}`, heading: HeadingLevel.HEADING_2 }));
    for (const i of s.items) {
      body.push(new Paragraph({ indent: { left: 360, hanging: 360 }, spacing: { before: 80 }, children: [new TextRun(`☐ ${i.text}`)] }));
      body.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `${plan.labels.see}: ${planLink(i.href, baseUrl)}`, size: 18, color: '444444' })] }));
    }
  }
  body.push(para(plan.generated, { italics: true, size: 18 }));
  const doc = new Document({
    title: plan.title, creator: 'upr',
    styles: { default: { document: { run: { font: 'Cambria', size: 22, language: { value: { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }[lang] } } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
