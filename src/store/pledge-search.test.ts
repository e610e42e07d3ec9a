// Searching voluntary pledges (the real UPR Info export): words, negative queries, the filters a pledge
// has, and a clear refusal of those it does not have; recommendations' counts stay as they were.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UprError } from '../core/index.js';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';
import { openStore, importUprInfoRows, listPledges, searchIds, searchPledgeRecords, searchPledges, type Db } from './index.js';
import { SHARED_DATA, sharedPath } from '../../test/support/shared-data.js';

const FILE = join(SHARED_DATA, 'upr-info', 'upr-info-voluntary-pledges.csv');

describe('pledge search (real UPR Info voluntary-pledges export)', () => {
  let db: Db;
  before(() => {
    if (!existsSync(FILE)) return;
    const bytes = readFileSync(FILE);
    db = openStore(':memory:');
    importUprInfoRows(db, { kind: 'upr-info-csv', path: FILE, fileName: 'upr-info-voluntary-pledges.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length },
      parseUprInfoCsv(decodeText(bytes).text, FILE).value);
  });
  const all = () => searchPledgeRecords(db, {}, { limit: null });

  it('finds pledges by their words, best match first, and pages through them', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv')) return;
    const education = searchPledgeRecords(db, { query: 'education' }, { limit: null });
    assert.ok(education.total >= 10, `${education.total} pledges about education`);
    assert.equal(education.items.length, education.total);
    assert.ok(education.items.every((p) => /educat/i.test(p.text)));
    const page2 = searchPledgeRecords(db, { query: 'education' }, { limit: 5, offset: 5 });
    assert.deepEqual(page2.items.map((p) => p.id), education.items.slice(5, 10).map((p) => p.id));
    assert.equal(page2.total, education.total);
  });

  it('answers a negative query ("-roma", "NOT roma") with every pledge without the word', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv')) return;
    const everything = all().total;
    const roma = searchPledgeRecords(db, { query: 'roma' }).total;
    for (const query of ['-roma', 'NOT roma']) {
      const without = searchPledgeRecords(db, { query }, { limit: null });
      assert.equal(without.total, everything - roma, query);
      assert.ok(without.items.every((p) => !/\broma\b/i.test(p.text)), query);
    }
    assert.equal(searchPledges(db, '-roma', { limit: 5000 }).length, everything - roma, 'searchPledges too');
    const childNotEducation = searchPledgeRecords(db, { query: 'child* -education' }, { limit: null });
    assert.ok(childNotEducation.total > 0 && childNotEducation.items.every((p) => /child/i.test(p.text) && !/educat/i.test(p.text)));
  });

  it('filters by State under review, cycle, session, issue and action category', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv')) return;
    assert.deepEqual(searchPledgeRecords(db, { state: ['ALB'] }, { limit: null }).items.map((p) => p.id).sort((a, b) => a - b), listPledges(db, 'ALB').map((p) => p.id).sort((a, b) => a - b));
    const minorities = searchPledgeRecords(db, { issue: ['Minorities'] }, { limit: null });
    assert.ok(minorities.total > 0 && minorities.items.every((p) => p.issues.includes('Minorities')));
    const s19 = searchPledgeRecords(db, { session: [19], action: [5] }, { limit: null });
    assert.ok(s19.total > 0 && s19.items.every((p) => p.session === 19 && p.actionCategory === 5));
    const byCycle = [1, 2, 3].map((c) => searchPledgeRecords(db, { cycle: [c] }).total);
    assert.equal(byCycle.reduce((a, b) => a + b, 0), all().total);
  });

  it('refuses a filter pledges do not have, naming it, instead of answering 0', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv')) return;
    assert.throws(() => searchPledgeRecords(db, { response: ['noted'] }), (e: unknown) => e instanceof UprError && e.code === 'invalid_input' && /voluntary pledges have no response/.test(e.message));
    assert.throws(() => searchPledgeRecords(db, { childRights: true }), /children's rights/);
  });

  it('leaves the recommendations as they were: pledges are not counted as recommendations', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv')) return;
    assert.equal(searchIds(db, {}).total, 0);
    assert.equal(searchIds(db, { query: 'roma' }).total, 0);
    assert.ok(all().total > 900);
  });
});
