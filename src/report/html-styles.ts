// The report's stylesheet, inline so the HTML is self-contained; print rules give the PDF its page numbers.
/** The stylesheet, with `pageFooter` (CSS content, e.g. `"Page " counter(page) " of " counter(pages)`) at the foot of each printed page. */
export const reportCss = (pageFooter: string): string => `
:root { color-scheme: light; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.5; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: "DejaVu Sans", Arial, sans-serif; line-height: 1.25; color: #0b3d66; }
h1 { font-size: 1.7rem; margin-bottom: 0.5rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #0b3d66; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.08rem; margin-top: 1.6rem; }
a { color: #0b4f8a; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #9aa7b4; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #e6eef5; }
tbody th[scope="row"] { min-width: 9rem; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
ol.refs { padding-left: 1.4rem; }
ol.refs > li { margin-bottom: 1.1rem; break-inside: avoid; }
blockquote { margin: 0.2rem 0; padding-left: 0.8rem; border-left: 3px solid #c8d3dd; }
.ref-meta { font-size: 0.88rem; color: #333; margin: 0.2rem 0 0; }
.ref-meta span + span::before { content: " · "; }
sup a { text-decoration: none; }
details summary { cursor: pointer; font-size: 0.88rem; }
nav.toc ol { padding-left: 1.2rem; }
ol.notes { font-size: 0.85rem; }
.nhri { background: #f6f3e8; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: ${pageFooter}; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #555; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2.keep { break-before: auto; }
  h2, h3 { break-after: avoid; }
  /* The excerpt and its citation stand for the paragraph on paper; the whole paragraph is on screen only. */
  details { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
