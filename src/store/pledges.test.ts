import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { openStore, importUprInfoRows, countRecommendations, listPledges, searchPledges } from './index.js';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { createApp } from '../web/index.js';

describe('voluntary pledges (real UPR Info export)', () => {
  it('imports every pledge of the shared file as a pledge, not a recommendation; searchable; shown on State pages', async (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const path = join(dir, 'upr-info-voluntary-pledges.csv');
    const bytes = readFileSync(path);
    const parsed = parseUprInfoCsv(decodeText(bytes).text, path);
    assert.deepEqual(parsed.problems, [], 'no row rejected for Response "Voluntary Pledge"');
    const rows = parsed.value;
    assert.ok(rows.length > 900 && rows.every((r) => r.kind === 'pledge'));
    const db = openStore(':memory:');
    const file = { kind: 'upr-info-csv' as const, path, fileName: 'upr-info-voluntary-pledges.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length };
    const first = importUprInfoRows(db, file, rows);
    assert.deepEqual([first.pledges, first.added, first.updated], [rows.length, rows.length, 0]);
    assert.equal(countRecommendations(db), 0);
    assert.equal(importUprInfoRows(db, file, rows).added, 0, 're-importing adds nothing');

    const albania = listPledges(db, 'ALB');
    assert.equal(albania.length, rows.filter((r) => r.stateUnderReview.iso3 === 'ALB').length);
    assert.match(albania.find((p) => /Roma/.test(p.text))!.text, /Decade of Roma Inclusion/);
    const roma = searchPledges(db, 'roma AND inclusion', { state: 'ALB' });
    assert.ok(roma.length >= 1 && roma.every((p) => p.stateIso3 === 'ALB' && /roma/i.test(p.text)));
    const children = searchPledges(db, 'child*', { limit: 1000 });
    assert.ok(children.length >= 20, `pledges about children: ${children.length}`);

    const app = createApp(db, { today: () => '2026-11-28' });
    const html = await (await app.request('/states/ALB')).text();
    assert.match(html, /<h2 id="pledges-h">Voluntary pledges \(\d+\)<\/h2>/);
    assert.match(html, /Decade of Roma Inclusion/);
    assert.match(await (await app.request('/states/ALB?lang=fr')).text(), /Engagements volontaires/);
    const api = await (await app.request('/api/states/ALB')).json() as { pledges: unknown[] };
    assert.equal(api.pledges.length, albania.length);
  });
});
