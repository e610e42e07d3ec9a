// `upr plan`: Slovenia's plan from a store holding the UHRI fixtures, as Markdown and as a French DOCX; its errors.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { upr, tempDir } from '../../../test/support/cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/uhri/', import.meta.url));

describe('upr plan', () => {
  const tmp = tempDir();
  before(async () => {
    const r = await upr(['import', 'uhri', join(FIXTURES, 'uhri-slovenia.xlsx'), join(FIXTURES, 'uhri-upr-info.csv'), '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await upr(['classify', '--db', tmp.db])).code, 0);
  });
  after(() => tmp.cleanup());

  it("prints Slovenia's plan as Markdown, with the gap issue and the next review", async () => {
    const r = await upr(['plan', 'Slovenia', '--date', '2026-12-02', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Engagement plan: Slovenia\n\nNext review: session 62 of the Working Group \(cycle 5\)/);
    assert.match(r.stdout, /- \[ \] Choose the issues to raise\. .*: Child, early and forced marriage, The girl child and discrimination\. \(\[In the explorer\]\(\/analyses\/crc-gap\?state=SVN\)\)/);
  });

  it('writes a French DOCX with --out, and refuses a DOCX without a file and an unknown State', async () => {
    const out = join(tmp.dir, 'plan.docx');
    const r = await upr(['plan', 'SVN', '--lang', 'fr', '--format', 'docx', '--out', out, '--date', '2026-12-02', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    assert.match(xml, /Liste de contrôle/);
    assert.equal((await upr(['plan', 'SVN', '--format', 'docx', '--db', tmp.db])).code, 2);
    const bad = await upr(['plan', 'Narnia', '--db', tmp.db]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /"Narnia" is not a known State name/);
  });
});
