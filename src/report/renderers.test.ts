// The contract every report renderer keeps, run on a small hand-made report: the header, every reference's
// exact words and its source citation come out in every format, and special characters survive.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { REPORT_RENDERERS, createPdfPrinter, renderReportHtml, type PdfPrinter } from './index.js';
import { SAMPLE_REPORT } from '../../test/fixtures/report/sample-report.js';
import { htmlProblems } from '../../test/fixtures/report/html-checks.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';
import { docxPart, flat, pdfPages, textOf } from '../../test/fixtures/report/read-back.js';

describe('report renderers (contract)', () => {
  let printer: PdfPrinter | undefined;
  after(async () => printer?.close());

  for (const renderer of Object.values(REPORT_RENDERERS)) {
    it(`${renderer.format}: carries the header, every reference's words and where they come from`, async (t) => {
      if (renderer.format === 'pdf') {
        if (!existsSync('/usr/bin/chromium')) return void t.skip('SKIPPED: /usr/bin/chromium not found');
        printer ??= await createPdfPrinter();
      }
      const body = await renderer.render(SAMPLE_REPORT, { printer });
      assert.ok(body.length > 200, 'output is not empty');
      const text = flat(await textOf(renderer.format, body));
      assert.match(text, /Slovenia/);
      for (const ref of SAMPLE_REPORT.references) {
        const words = renderer.format === 'html' ? ref.text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : ref.text;
        assert.ok(text.includes(flat(words)) || (renderer.format === 'json' && text.includes(JSON.stringify(ref.text).slice(1, -1))), `${ref.id} quoted word for word`);
        assert.ok(text.includes(ref.documentSymbol!), `${ref.id} names its document`);
      }
      if (renderer.format === 'pdf') assert.ok(pdfPages(body as Uint8Array) >= 1);
    });
  }

  for (const renderer of Object.values(REPORT_RENDERERS)) {
    it(`${renderer.format}: says which expected documents are missing or unreadable, and which need review`, async (t) => {
      if (renderer.format === 'pdf') {
        if (!existsSync('/usr/bin/chromium')) return void t.skip('SKIPPED: /usr/bin/chromium not found');
        printer ??= await createPdfPrinter();
      }
      const text = flat(await textOf(renderer.format, await renderer.render(SAMPLE_REPORT, { printer })));
      if (renderer.format === 'json') {
        const data = JSON.parse(text) as { formatVersion: number; expectedDocuments: { symbol: string; status: string }[] };
        assert.equal(data.formatVersion, 3);
        assert.deepEqual(data.expectedDocuments.map((e) => `${e.symbol} ${e.status}`), ['A/HRC/WG.6/34/SVN/1 missing', 'A/HRC/WG.6/34/SVN/2 unreadable',
          'A/HRC/WG.6/34/SVN/3 stored', 'A/HRC/43/15 stored', 'A/HRC/43/15/Add.1 needs_review']);
        return;
      }
      assert.ok(text.includes('Incomplete: National report (A/HRC/WG.6/34/SVN/1), Compilation of UN information (A/HRC/WG.6/34/SVN/2) missing or unreadable'), 'warning atop the report');
      // The PDF's table cells wrap, so its words are checked cell by cell.
      const words = renderer.format === 'pdf' ? ['not in the store: its references are', 'stored but unreadable (no text could', 'its self-check asks for']
        : ['not in the store: its references are absent from this report', 'stored but unreadable (no text could be read from it)', 'its self-check asks for review: positions found for 80 of 90 recommendations'];
      for (const w of words) assert.ok(text.includes(w), w);
    });
  }

  it('docx: a table of contents, one footnote per reference and "Page n of m" in the footer', async () => {
    const body = (await REPORT_RENDERERS.docx.render(SAMPLE_REPORT)) as Uint8Array;
    assert.match(docxPart(body, 'word/document.xml'), /TOC \\h \\o/);
    const notes = docxPart(body, 'word/footnotes.xml');
    for (const ref of SAMPLE_REPORT.references) assert.ok(notes.includes(`${ref.documentSymbol}, para. ${ref.paragraph}`), ref.id);
    assert.match(docxPart(body, 'word/footer1.xml'), /PAGE[\s\S]*NUMPAGES/);
    const es = (await REPORT_RENDERERS.docx.render(SAMPLE_REPORT, { lang: 'es' })) as Uint8Array;
    assert.match(docxPart(es, 'word/footer1.xml'), /Página[\s\S]*PAGE[\s\S]* de [\s\S]*NUMPAGES/);
    assert.ok(docxPart(es, 'word/footnotes.xml').includes('A/HRC/43/15, párr. 121.15, pág. 12'));
  });

  it('html: a complete, self-contained document that passes the structure checks and html-validate', async () => {
    const html = renderReportHtml(SAMPLE_REPORT, { lang: 'fr' });
    assert.deepEqual(htmlProblems(html), []);
    assert.deepEqual(await htmlValidationErrors(html, 'report html'), []);
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<h2 id="summary">Résumé<\/h2>/);
    assert.match(html, /Châtiments corporels/);
    assert.match(html, /<blockquote lang="en">/, 'UN texts keep their language');
    assert.match(html, /content: "Page " counter\(page\) " sur " counter\(pages\)/, 'printed page numbers in French');
    assert.match(html, /Recommandée par : Pays-Bas/);
    assert.match(html, /&lt;and&gt;/, 'text escaped by the JSX renderer');
    assert.doesNotMatch(html, /<link |<script|src="http/);
  });
});
