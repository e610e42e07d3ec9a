// Reports on Slovenia's real UPR documents, cycles 1–3: every format for every cycle, stakeholder attribution
// from the summary's own list, and the children's-rights paragraphs matched against a hand-checked list.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore, type Db, getDocumentFootnotes, listDocuments } from '../store/index.js';
import { findSubmissionList, parseSubmissionList } from '../extract/index.js';
import { buildReviewReport, createPdfPrinter, REPORT_RENDERERS, type PdfPrinter, type ReviewReport } from './index.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { sloveniaStore } from '../../test/fixtures/report/slovenia-store.js';
import { htmlProblems } from '../../test/fixtures/report/html-checks.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';
import { flat, pdfPages, textOf } from '../../test/fixtures/report/read-back.js';
import { launchChromium, seriousViolations } from '../../test/e2e/browser.js';
import { renderReportHtml, sourcesText } from './index.js';
import { englishLabelsIn, withoutSourceData } from '../../test/fixtures/report/english-labels.js';
import { parseHTML } from 'linkedom';

const GOLD = JSON.parse(readFileSync(new URL('../../test/fixtures/report/svn-cycle3-gold.json', import.meta.url), 'utf8')) as { documents: Record<string, string[]> };

describe('children\'s-rights reports on Slovenia (real documents)', () => {
  let store: { db: string; cleanup: () => void } | undefined;
  let db: Db;
  const reports = new Map<number, ReviewReport>();
  let printer: PdfPrinter | undefined;

  before(async () => {
    const dir = sharedPath({ skip: () => undefined } as never, 'slovenia');
    if (!dir) return;
    store = await sloveniaStore(dir);
    db = openStore(store.db);
    for (const c of [1, 2, 3]) reports.set(c, buildReviewReport(db, 'SVN', c));
  });
  after(async () => {
    await printer?.close();
    db?.close();
    store?.cleanup();
  });
  const ready = (t: { skip(m: string): void }): boolean => {
    if (!store) t.skip('SKIPPED: ../shared/data/slovenia not found');
    return store !== undefined;
  };

  it('finds references of every document kind in cycles 2 and 3, with a comparison with the previous cycle', (t) => {
    if (!ready(t)) return;
    for (const c of [2, 3]) {
      const r = reports.get(c)!;
      for (const kind of ['national_report', 'un_compilation', 'stakeholder_summary', 'dialogue', 'recommendation'] as const) {
        assert.ok((r.summary.byKind[kind] ?? 0) > 0, `cycle ${c}: ${kind}`);
      }
      assert.ok(r.comparison, `cycle ${c} compares with cycle ${c - 1}`);
      assert.equal(r.summary.recommendations.total, r.summary.recommendations.supported + r.summary.recommendations.noted + r.summary.recommendations.other);
    }
    assert.equal(reports.get(1)!.comparison, null);
  });

  it('quotes the sentences about children of mixed paragraphs word for word', (t) => {
    if (!ready(t)) return;
    const mixed = [1, 2, 3].flatMap((c) => reports.get(c)!.references.filter((r) => r.excerpt));
    assert.ok(mixed.length > 5, `${mixed.length} excerpts`);
    for (const r of mixed) for (const sentence of r.excerpt!) assert.ok(flat(r.text).includes(sentence), `${r.id}: "${sentence}"`);
  });

  it('names at least one organisation, from the summary\'s own list, for every stakeholder reference of cycle 3', (t) => {
    if (!ready(t)) return;
    const summary = listDocuments(db).find((d) => d.symbol === 'A/HRC/WG.6/34/SVN/3')!;
    const list = parseSubmissionList(findSubmissionList(getDocumentFootnotes(db, summary.id).map((f) => f.text))!).value;
    const refs = reports.get(3)!.references.filter((r) => r.kind === 'stakeholder_summary');
    assert.ok(refs.length >= 10);
    for (const r of refs) {
      assert.ok(r.sources.length > 0, `para. ${r.paragraph} names no organisation`);
      for (const s of r.sources) assert.ok(list.some((l) => l.key === s.key && l.name === s.name), `${s.key} "${s.name}" is in the list`);
    }
  });

  it('keeps organisations a cycle-3 stakeholder paragraph cites only after "See also" as secondary sources, and says so', (t) => {
    if (!ready(t)) return;
    const refs = reports.get(3)!.references.filter((r) => r.kind === 'stakeholder_summary');
    for (const r of refs) assert.ok(r.sources.some((s) => !s.secondary), `para. ${r.paragraph} has an author, not only "See also" sources`);
    const para8 = refs.find((r) => r.paragraph === '8')!;
    assert.deepEqual(para8.sources.map((s) => [s.key, Boolean(s.secondary)]), [['JS3', false], ['EU-FRA', false], ['HRORS', true]]);
    assert.match(sourcesText(para8), /^JS3 \(.*\); EU-FRA \(.*\); see also: HRORS \(/);
  });

  it('names the UN body or agency of every compilation reference of cycle 3, from the footnotes', (t) => {
    if (!ready(t)) return;
    const refs = reports.get(3)!.references.filter((r) => r.kind === 'un_compilation');
    for (const r of refs) assert.ok(r.sources.length > 0 && r.sources.every((s) => s.kind === 'un'), `para. ${r.paragraph}`);
    const para42 = refs.find((r) => r.paragraph === '42')!;
    assert.deepEqual(para42.sources.map((s) => s.name).sort(), ['Committee on the Rights of Persons with Disabilities', 'Human Rights Committee']);
  });

  it('matches the hand-checked children\'s-rights paragraphs of SVN/2 and SVN/3 (recall ≥ 95 %, precision ≥ 90 %)', (t) => {
    if (!ready(t)) return;
    const found = new Set(reports.get(3)!.references.filter((r) => r.kind === 'un_compilation' || r.kind === 'stakeholder_summary').map((r) => `${r.documentSymbol} ${r.paragraph}`));
    const gold = new Set(Object.entries(GOLD.documents).flatMap(([doc, paras]) => paras.map((p) => `${doc} ${p}`)));
    const hits = [...gold].filter((g) => found.has(g)).length;
    const recall = hits / gold.size;
    const precision = hits / found.size;
    console.log(`gold SVN cycle 3 /2 + /3: ${gold.size} paragraphs, found ${found.size}, recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %`);
    assert.ok(recall >= 0.95, `recall ${recall}; missed ${[...gold].filter((g) => !found.has(g)).join(', ')}`);
    assert.ok(precision >= 0.9, `precision ${precision}; extra ${[...found].filter((f) => !gold.has(f)).join(', ')}`);
  });

  it('says which expected documents a review lacks: the cycle-1 compilation (a corrupt PDF, not stored; only its corrigendum is) is missing', async (t) => {
    if (!ready(t)) return;
    const one = reports.get(1)!;
    assert.deepEqual(one.expectedDocuments.find((e) => e.type === 'un_compilation'),
      { type: 'un_compilation', symbol: 'A/HRC/WG.6/7/SVN/2', fileName: null, status: 'missing', reasons: ['only its corrigendum A/HRC/WG.6/7/SVN/2/Corr.1 is stored'] });
    assert.match(await REPORT_RENDERERS.md.render(one) as string, /Incomplete: Compilation of UN information \(A\/HRC\/WG\.6\/7\/SVN\/2\) missing or unreadable/);
    const three = reports.get(3)!;
    assert.deepEqual(three.expectedDocuments.map((e) => [e.symbol, e.status === 'stored' || e.status === 'needs_review']),
      [['A/HRC/WG.6/34/SVN/1', true], ['A/HRC/WG.6/34/SVN/2', true], ['A/HRC/WG.6/34/SVN/3', true], ['A/HRC/43/15', true], ['A/HRC/43/15/Add.1', true]]);
  });

  for (const c of [1, 2, 3]) {
    it(`renders cycle ${c} in every format, each readable back with its references`, async (t) => {
      if (!ready(t)) return;
      const r = reports.get(c)!;
      printer ??= await createPdfPrinter();
      const sample = r.references.filter((x) => !x.excerpt).slice(0, 3);
      for (const renderer of Object.values(REPORT_RENDERERS)) {
        const body = await renderer.render(r, { printer });
        const text = flat(await textOf(renderer.format, body));
        if (renderer.format === 'html') {
          assert.deepEqual(htmlProblems(body as string), [], `cycle ${c} html`);
          assert.deepEqual(await htmlValidationErrors(body as string, `cycle ${c} html`), []);
        }
        for (const ref of sample) {
          const probe = flat(ref.text).slice(0, 60);
          if (renderer.format !== 'json' && renderer.format !== 'html') assert.ok(text.includes(probe), `${renderer.format}: ${ref.id} "${probe}"`);
        }
        if (renderer.format === 'json') {
          const back = JSON.parse(body as string) as ReviewReport;
          assert.equal(back.cycle, c);
          assert.equal(back.references.length, r.references.length);
        } else assert.ok(text.includes(`cycle ${c}`), `${renderer.format} names the cycle`);
        if (renderer.format === 'pdf') {
          const pages = pdfPages(body as Uint8Array);
          console.log(`cycle ${c} PDF: ${pages} pages, ${r.references.length} references`);
          assert.ok(pages >= 10 && pages <= 80, `${pages} pages`);
          assert.match(text, /Page 1 of \d+/);
        }
        if (renderer.format === 'docx') assert.match(text, /Contents/);
      }
    });
  }

  const IN_LANGUAGE = {
    fr: { state: 'Slovénie', month: /\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 2019/, types: ['Rapport national', 'Rapport du Groupe de travail'], labels: ['Résumé', 'Recommandée par'] },
    es: { state: 'Eslovenia', month: /\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 2019/, types: ['Informe nacional', 'Informe del Grupo de Trabajo'], labels: ['Resumen', 'Recomendada por'] },
  } as const;
  for (const lang of ['fr', 'es'] as const) {
    it(`renders cycle 3 in ${lang === 'fr' ? 'French' : 'Spanish'} Markdown, DOCX and HTML: State, dates and document types translated, no English labels`, async (t) => {
      if (!ready(t)) return;
      const r = reports.get(3)!;
      const want = IN_LANGUAGE[lang];
      for (const format of ['md', 'docx', 'html'] as const) {
        const body = await REPORT_RENDERERS[format].render(r, { lang });
        const text = format === 'html' ? parseHTML(body as string).document.body.textContent ?? '' : flat(await textOf(format, body));
        assert.ok(text.includes(want.state), `${lang} ${format}: ${want.state}`);
        const own = withoutSourceData(text, r);
        assert.doesNotMatch(own, /\bSlovenia\b/, `${lang} ${format}: no English State name outside quotes`);
        assert.match(own, want.month, `${lang} ${format}: dates`);
        assert.doesNotMatch(own, /November 2019/, `${lang} ${format}: no English month`);
        for (const s of [...want.types, ...want.labels]) assert.ok(text.includes(s), `${lang} ${format}: "${s}"`);
        assert.deepEqual(englishLabelsIn(text, r, lang), [], `${lang} ${format}: English labels left`);
      }
    });
  }

  it('has no serious or critical axe-core violations in the cycle 3 HTML (Chromium)', async (t) => {
    if (!ready(t)) return;
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const page = await browser.newPage();
      await page.setContent(renderReportHtml(reports.get(3)!));
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await browser.close();
    }
  });
});
