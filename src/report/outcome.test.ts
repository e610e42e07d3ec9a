import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { upr, tempDir } from '../../test/support/cli.js';
import { pdfPages, textOf, flat } from '../../test/fixtures/report/read-back.js';
import { openStore, type Db } from '../store/index.js';

/** The text of a DOCX's body, paragraph by paragraph, read with jszip. */
async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>')).filter(Boolean);
}

// Slovenia's third review from the bundled sample (real UN documents): Working Group report and addendum.
describe('upr outcome: one-page outcome summary (Slovenia, cycle 3)', () => {
  const tmp = tempDir();
  let db: Db;
  let expected: { total: number; supported: number; noted: number; child: number; childNoted: number };
  before(async () => {
    const dir = resolve('data/sample/slovenia/cycle3');
    const ingest = await upr(['ingest', join(dir, 'g1934994.pdf'), join(dir, 'g2004192.pdf'), '--db', tmp.db]);
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.equal((await upr(['classify', '--db', tmp.db])).code, 0);
    db = openStore(tmp.db, { mode: 'read' });
    const n = (sql: string) => (db.prepare(`SELECT count(*) AS n FROM recommendations r JOIN reviews v ON v.id = r.review_id
      LEFT JOIN child_rights c ON c.recommendation_id = r.id WHERE v.state_iso3 = 'SVN' AND v.cycle = 3 AND ${sql}`).get() as { n: number }).n;
    expected = { total: n('1'), supported: n("r.response = 'supported'"), noted: n("r.response = 'noted'"), child: n('c.is_child_rights = 1'), childNoted: n("c.is_child_rights = 1 AND r.response = 'noted'") };
    assert.ok(expected.total > 200 && expected.child > 10, JSON.stringify(expected));
  });
  after(() => {
    db?.close();
    tmp.cleanup();
  });

  it('writes a DOCX in English with the figures of the store, key recommendations quoted with their paragraph, and what comes next', async () => {
    const out = join(tmp.dir, 'svn.docx');
    const r = await upr(['outcome', 'Slovenia', '--cycle', '3', '--out', out, '--today', '2026-12-02', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    const paras = await docxParagraphs(out);
    const text = paras.join('\n');
    assert.equal(paras[0], 'Outcome of the Universal Periodic Review of Slovenia: cycle 3');
    assert.match(text, /session 34 \(November 4, 2019 to November 15, 2019\)/);
    assert.match(text, /Working Group report: A\/HRC\/43\/15\. The State's responses: A\/HRC\/43\/15\/Add\.1\./);
    assert.ok(paras.includes('Recommendations received') && paras[paras.indexOf('Recommendations received') + 1] === String(expected.total));
    assert.equal(paras[paras.indexOf('Supported') + 1], String(expected.supported));
    assert.equal(paras[paras.indexOf('Noted') + 1], String(expected.noted));
    assert.equal(paras[paras.indexOf("On children's rights") + 1], `${expected.child} (${Math.round((expected.child / expected.total) * 100)} %)`);
    assert.equal(paras[paras.indexOf("Children's rights: noted") + 1], String(expected.childNoted));
    const quotes = paras.filter((p) => /^“.*”$/.test(p));
    assert.ok(quotes.length >= 3 && quotes.length <= 5, `${quotes.length} key recommendations`);
    for (const q of quotes) {
      const cite = paras[paras.indexOf(q) + 1]!;
      const para = /A\/HRC\/43\/15, para\. (\d+\.\d+[a-z]?) · (supported|noted)$/.exec(cite);
      assert.ok(para, cite);
      const row = db.prepare('SELECT r.text, r.response, c.is_child_rights AS child FROM recommendations r JOIN child_rights c ON c.recommendation_id = r.id WHERE r.paragraph = ?').get(para[1]) as { text: string; response: string; child: number };
      assert.equal(`“${row.text}”`, q, 'quoted word for word');
      assert.deepEqual([row.response, row.child], [para[2], 1]);
    }
    assert.match(text, /mid-term, around June 2022/);
    assert.match(text, /Next review expected around January 2030 \(session 62/);
    // Every figure is traced: the supported recommendations' paragraphs, listed after the summary page.
    const trace = paras.find((p) => p.startsWith(`Supported (${expected.supported}): A/HRC/43/15, para. `))!;
    assert.equal(trace.split(', ').length - 1, expected.supported);
  });

  it('writes it in French, and as PDF (summary on the first page) and Markdown', async () => {
    const fr = join(tmp.dir, 'svn-fr.docx');
    assert.equal((await upr(['outcome', 'SVN', '--lang', 'fr', '--out', fr, '--today', '2026-12-02', '--db', tmp.db])).code, 0);
    const text = (await docxParagraphs(fr)).join('\n');
    assert.match(text, /^Résultats de l'Examen périodique universel : Slovénie, cycle 3/);
    assert.match(text, /Recommandations reçues\n\d+/);
    assert.match(text, new RegExp(`Sur les droits de l'enfant\\n${expected.child} \\(`));
    assert.match(text, /Prochain examen attendu vers janvier 2030/);
    const pdf = join(tmp.dir, 'svn.pdf');
    const r = await upr(['outcome', 'SVN', '--format', 'pdf', '--lang', 'es', '--out', pdf, '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    const body = new Uint8Array(readFileSync(pdf));
    const firstPage = flat(await textOf('pdf', body)).split('De dónde vienen las cifras')[0]!;
    assert.match(firstPage, /Resultados del Examen Periódico Universal: Eslovenia, ciclo 3/);
    assert.match(firstPage, /Recomendaciones clave sobre los derechos del niño/);
    assert.match(firstPage, /Próximos pasos/);
    assert.equal(pdfPages(body), 2, 'one page of summary, the sources of the figures on the next (Chromium, A4)');
    const md = await upr(['outcome', 'SVN', '--format', 'md', '--db', tmp.db]);
    assert.match(md.stdout, new RegExp(`\\| Recommendations received \\| ${expected.total} \\|`));
    const bad = await upr(['outcome', 'SVN', '--format', 'xls', '--db', tmp.db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format: must be one of docx, pdf, md, html, got "xls"/);
    const none = await upr(['outcome', 'France', '--cycle', '2', '--db', tmp.db]);
    assert.equal(none.code, 3);
    assert.match(none.stderr, /no review of FRA in cycle 2 is stored/);
  });
});
