import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import { ingestDocuments } from './index.js';
import { sharedPath } from '../../test/support/shared-data.js';

describe('ingesting documents extracts recommendations, positions and dialogue', () => {
  it('Slovenia cycle 3: addendum first, then report and thematic list, 182 supported and 33 noted; re-ingesting changes nothing', async (t) => {
    const dir = sharedPath(t, 'slovenia', 'cycle3');
    if (!dir) return;
    const db = openStore(':memory:');
    t.after(() => db.close());
    const files = ['g2004192.pdf', 'g1934994.pdf', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx'].map((f) => `${dir}/${f}`);
    // One file a run, in this order, as an NGO downloading them one by one would.
    for (const f of files) assert.equal((await ingestDocuments(db, [f])).summary.failed, 0);
    const snapshot = () => db.prepare(`SELECT id, natural_key, text, response, response_source FROM recommendations ORDER BY id`).all();
    // 215 numbered items; 121.2, 122.3 and 122.11 bundle 2, 3 and 2 clauses with their own States: 219
    // recommendations, and the thematic list (numbering items) adds none of its own.
    const rows = db.prepare("SELECT paragraph, response FROM recommendations WHERE natural_key LIKE 'doc:SVN:3:%'").all() as { paragraph: string; response: string }[];
    assert.equal(rows.length, 219);
    const items = new Map(rows.map((r) => [r.paragraph.replace(/(\d)[a-z]$/, '$1'), r.response]));
    const count = (resp: string) => [...items.values()].filter((v) => v === resp).length;
    assert.deepEqual([items.size, count('supported'), count('noted')], [215, 182, 33]);
    const r = db.prepare(`SELECT r.id, r.locator, r.paragraph FROM recommendations r WHERE natural_key = 'doc:SVN:3:122.2'`).get() as { id: number; locator: string };
    assert.match(r.locator, /^para 122\.2, page \d+$/);
    const positions = db.prepare('SELECT document_symbol AS s, locator, response FROM recommendation_positions WHERE recommendation_id = ? ORDER BY precedence').all(r.id);
    assert.deepEqual(positions.map((p) => (p as { s: string | null }).s), ['A/HRC/43/15', 'A/HRC/43/15/Add.1', null]);
    assert.deepEqual((positions as { response: string }[]).map((p) => p.response), ['pending', 'noted', 'noted']);
    const dialogue = db.prepare('SELECT count(*) AS n, count(state_iso3) AS named FROM dialogue_statements').get() as { n: number; named: number };
    assert.ok(dialogue.n > 80 && dialogue.named / dialogue.n > 0.95, JSON.stringify(dialogue));
    const before = snapshot();
    for (const f of files) assert.equal((await ingestDocuments(db, [f])).summary.alreadyStored, 1);
    assert.deepEqual(snapshot(), before);
  });
});
