// The outcome summary as a self-contained HTML page (hono/jsx, as the reference report), and as PDF printed
// from it by Chromium: one A4 page for the summary, the sources of the figures after it in small type.
import { raw } from 'hono/html';
import type { Lang } from '../core/index.js';
import type { OutcomeBlock } from './outcome-outline.js';
import { createPdfPrinter, type PdfPrinter } from './pdf.js';

const CSS = `
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #1a1a1a; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.35rem; color: #0b3d66; margin: 0 0 0.4rem; }
h2 { font-size: 1.05rem; color: #0b3d66; border-bottom: 1px solid #0b3d66; margin: 0.9rem 0 0.3rem; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0; }
th, td { border: 1px solid #9aa7b4; padding: 0.15rem 0.4rem; text-align: left; }
td + td, th + th { text-align: right; }
thead th { background: #e6eef5; }
blockquote { margin: 0.3rem 0; padding-left: 0.7rem; border-left: 3px solid #c8d3dd; }
blockquote p { margin: 0; }
.cite { font-size: 0.85rem; color: #333; margin: 0.1rem 0 0.4rem 1rem; }
.note { font-size: 0.78rem; color: #333; margin: 0.15rem 0; }
.tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 0 1.2rem; }
@page { size: A4; margin: 12mm 14mm; }
@media print { body { font-size: 8.6pt; line-height: 1.3; margin: 0; max-width: none; } h1 { font-size: 14pt; } h2 { font-size: 10.5pt; margin-top: 0.6rem; }
  .tables { grid-template-columns: 1fr 1fr 1fr; } h2.sources { break-before: page; } }
`;

function Block({ b }: { b: OutcomeBlock }) {
  switch (b.kind) {
    case 'title': return <h1>{b.text}</h1>;
    case 'heading': return <h2>{b.text}</h2>;
    case 'paragraph': return <p>{b.text}</p>;
    case 'note': return <p class="note">{b.text}</p>;
    case 'quote': return <><blockquote><p>{`“${b.text}”`}</p></blockquote><p class="cite">{b.cite}</p></>;
    case 'table': return (
      <table>
        <thead><tr>{b.head.map((h) => <th scope="col">{h}</th>)}</tr></thead>
        <tbody>{b.rows.map((r) => <tr>{r.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}</tr>)}</tbody>
      </table>
    );
  }
}

/** Blocks in order, runs of "heading + table" gathered so that the page sets the tables side by side. */
function groups(blocks: OutcomeBlock[]): ({ b: OutcomeBlock; i: number } | [OutcomeBlock, OutcomeBlock][])[] {
  const out: ({ b: OutcomeBlock; i: number } | [OutcomeBlock, OutcomeBlock][])[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!, next = blocks[i + 1];
    if (b.kind === 'heading' && next?.kind === 'table') {
      const last = out.at(-1);
      if (Array.isArray(last)) last.push([b, next]);
      else out.push([[b, next]]);
      i++;
    } else out.push({ b, i });
  }
  return out;
}

/** The summary as one HTML document in `lang`. */
export function renderOutcomeHtml(blocks: OutcomeBlock[], lang: Lang): string {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  // The sources of the figures start a new printed page, so the summary itself stays on one.
  const sourcesAt = blocks.findIndex((b, i) => b.kind === 'heading' && blocks[i + 1]?.kind === 'note' && blocks.slice(i + 1).every((x) => x.kind === 'note'));
  const doc = (
    <html lang={lang}>
      <head><meta charset="utf-8" /><title>{title}</title><style>{raw(CSS)}</style></head>
      <body>
        {groups(blocks).map((g) => (Array.isArray(g)
          ? <div class="tables">{g.map(([h, tb]) => <section><Block b={h} /><Block b={tb} /></section>)}</div>
          : g.b.kind === 'heading' && g.i === sourcesAt ? <h2 class="sources">{g.b.text}</h2> : <Block b={g.b} />))}
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${String(doc)}\n`;
}

/** The summary as PDF, with the caller's printer or a short-lived one. */
export async function renderOutcomePdf(blocks: OutcomeBlock[], lang: Lang, printer?: PdfPrinter): Promise<Uint8Array> {
  const own = printer ?? (await createPdfPrinter());
  try {
    return await own.print(renderOutcomeHtml(blocks, lang));
  } finally {
    if (!printer) await own.close();
  }
}
