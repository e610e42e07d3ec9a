import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './index.js';
import { openStore, importUhriRows } from '../store/index.js';
import { readUhriExport } from '../ingest/index.js';
import { htmlValidationErrors } from '../../test/support/html-validate.js';

const XLSX = fileURLToPath(new URL('../../test/fixtures/uhri/uhri-slovenia.xlsx', import.meta.url));

describe('State page: UN treaty bodies and special procedures', () => {
  it("lists the bodies' texts on the State concerned, CRC first, valid HTML in every language", async () => {
    const db = openStore(':memory:');
    importUhriRows(db, { kind: 'uhri', path: XLSX, fileName: 'uhri-slovenia.xlsx', sha256: 'x', sizeBytes: 1 }, (await readUhriExport(readFileSync(XLSX), XLSX)).value);
    const app = createApp(db, { today: () => '2026-11-28' });
    const html = await (await app.request('/states/SVN')).text();
    const section = html.slice(html.indexOf('<section aria-labelledby="un-h">'));
    assert.match(section, /UN treaty bodies and special procedures \(10\)/);
    const headings = [...section.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    assert.deepEqual(headings, ['CRC', 'CAT', 'CEDAW', 'CERD', 'IE on the human right to safe drinking water and sanitation']);
    assert.match(section, /explicitly prohibit in national legislation corporal punishment/);
    assert.match(section, /… and 1 more of CRC/, 'five per body on the page, the rest counted');
    assert.deepEqual(await htmlValidationErrors(html, 'SVN'), []);
    for (const lang of ['fr', 'es']) assert.match(await (await app.request(`/states/SVN?lang=${lang}`)).text(), lang === 'fr' ? /Organes de traités/ : /Órganos de tratados/);
    assert.doesNotMatch(await (await app.request('/states/FRA')).text(), /un-h/, 'no section for a State no body wrote about');
    const api = await (await app.request('/api/states/SVN')).json() as { unRecommendations: { counts: { body: string; count: number }[]; items: { body: string }[] } };
    assert.deepEqual(api.unRecommendations.counts.map((c) => [c.body, c.count]).slice(0, 2), [['CRC', 6], ['CAT', 1]]);
    assert.equal(api.unRecommendations.items.filter((i) => i.body === 'CRC').length, 5);
    db.close();
  });
});
