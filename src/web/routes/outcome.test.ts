import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { createApp } from '../index.js';
import { upr, tempDir } from '../../../test/support/cli.js';
import { openStore, type Db } from '../../store/index.js';

// Slovenia's third review from the bundled sample (real UN documents).
describe('web: outcome summary download from the State page', () => {
  const tmp = tempDir();
  let db: Db;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const dir = resolve('data/sample/slovenia/cycle3');
    assert.equal((await upr(['ingest', join(dir, 'g1934994.pdf'), join(dir, 'g2004192.pdf'), '--db', tmp.db])).code, 0);
    assert.equal((await upr(['classify', '--db', tmp.db])).code, 0);
    db = openStore(tmp.db, { mode: 'read' });
    app = createApp(db, { today: () => '2026-12-02' });
  });
  after(() => {
    db?.close();
    tmp.cleanup();
  });

  it('links the DOCX of each stored review in the page language and serves it', async () => {
    const page = await (await app.request('/states/SVN?lang=fr')).text();
    assert.match(page, /<a href="\/states\/SVN\/outcome\/3\.docx\?lang=fr" download="">Synthèse des résultats \(une page\)<\/a>/);
    const res = await app.request('/states/SVN/outcome/3.docx?lang=fr');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="SVN-cycle3-outcome-fr.docx"');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    assert.match(await zip.file('word/document.xml')!.async('string'), /Résultats de l&apos;Examen périodique universel : Slovénie, cycle 3|Résultats de l'Examen périodique universel : Slovénie, cycle 3/);
    const md = await (await app.request('/states/SVN/outcome/3.md?lang=en')).text();
    assert.match(md, /^# Outcome of the Universal Periodic Review of Slovenia: cycle 3/);
  });

  it('answers 404 for a review that is not stored or a format it does not serve', async () => {
    assert.equal((await app.request('/states/SVN/outcome/2.docx')).status, 404);
    assert.equal((await app.request('/states/SVN/outcome/3.pdf')).status, 404);
    assert.equal((await app.request('/states/Atlantis/outcome/3.docx')).status, 404);
  });
});
