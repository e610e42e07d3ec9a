// The CRC ↔ UPR gap on the UHRI fixtures: Slovenia's six CRC items (CRC/C/SVN/CO/3-4, real sentences of the OHCHR
// compilation) against its UPR recommendations of cycles 1 and 3 (UPR Info rows and OHCHR's thematic list).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { searchIds, type Db } from '../../store/index.js';
import { uhriSloveniaStore } from '../../../test/support/uhri-slovenia-store.js';
import { runAnalysis } from './registry.js';
import { crcKind, paragraphOf } from './crc-gap-items.js';
import { isLinked, type Cell, type Row } from './types.js';

const value = (c: Cell | undefined) => (c && isLinked(c) ? c.value : c);

describe('CRC ↔ UPR gap', () => {
  let db: Db;
  before(async () => { db = await uhriSloveniaStore(); });
  after(() => db.close());

  it('puts the issues the CRC raised and no UPR recommendation did first, then the others with their UPR figures', () => {
    const r = runAnalysis(db, 'crc-gap', { state: ['SVN'] });
    const issues = r.tables.find((t) => t.name === 'issues')!.rows;
    const brief = (row: Row) => [row.issue, row.status, row.crcConcerns, row.crcRecommendations, value(row.upr), row.cycles, value(row.supported), value(row.noted)];
    assert.deepEqual(issues.map(brief), [
      ['child_marriage', 'never', 0, 1, 0, null, 0, 0],
      // lex11: 122.59 (adoption by same-sex couples, noted) is alternative care, not discrimination against children;
      // lex14: "equalize same-sex unions … and ban the corporal punishment of children" is corporal punishment only, so no
      // UPR recommendation of Slovenia asks about discrimination against children: the CRC's item on Roma children is a gap.
      ['girl_child_discrimination', 'never', 0, 1, 0, null, 0, 0],
      ['ethnic_minority_children', 'raised', 1, 2, 4, '1, 3', 4, 0],
      ['corporal_punishment', 'raised', 0, 1, 2, '1, 3', 2, 0],
    ]);
    for (const row of issues) {
      for (const k of ['upr', 'supported', 'noted']) {
        const c = row[k]!;
        assert.ok(isLinked(c));
        assert.equal(searchIds(db, c.filters, { limit: 0 }).total, c.value, `${String(row.issue)} ${k} is the total of its search`);
      }
    }
    const facts = Object.fromEntries(r.facts.map((f) => [f.key, f.value]));
    assert.deepEqual(facts, { gapCrcDocuments: 'CRC/C/SVN/CO/3-4', gapCrcConcerns: 1, gapCrcRecommendations: 5, gapCrcNoIssue: 2, gapUprChild: 50, gapNeverRaised: 2, gapVerbatim: 0 });
    assert.deepEqual(r.params.symbols, ['CRC/C/SVN/CO/3-4']);
    assert.deepEqual(r.notes, []);
  });

  it('lists every CRC item with its kind and symbol, and the closest UPR recommendation on the same issue', () => {
    const items = runAnalysis(db, 'crc-gap', { state: ['SVN'] }, { similar: '25' }).tables.find((t) => t.name === 'items')!.rows;
    assert.equal(items.length, 6);
    assert.deepEqual(items.map((i) => i.kind).sort(), ['concern', 'recommendation', 'recommendation', 'recommendation', 'recommendation', 'recommendation']);
    assert.ok(items.every((i) => i.symbol === 'CRC/C/SVN/CO/3-4'));
    const roma = items.find((i) => String(i.text).includes('discriminatory act directed at Roma children'))!;
    assert.equal(roma.match, 'similar');
    assert.equal(roma.cycle, 3);
    assert.match(String(roma.uprText), /^121\.48 Step up policies ensuring that Roma children/);
    assert.equal(roma.similarity, 0.27);
    // The corporal-punishment item shares legal words with a defamation recommendation, but not an issue: no match.
    const cp = items.find((i) => String(i.text).includes('corporal punishment'))!;
    assert.equal(cp.match, 'none');
    assert.equal(cp.record, null);
  });

  it('says how to load CRC data for a State without any', () => {
    const r = runAnalysis(db, 'crc-gap', { state: ['FRA'] });
    assert.deepEqual(r.notes?.map((n) => n.key), ['gapNoCrc']);
    assert.equal(r.tables[0]!.rows.length, 0);
  });

  it('reads the kind from UHRI Type and a leading paragraph number', () => {
    assert.deepEqual(['Recommendations', 'Concerns/Observations', 'Positive aspects'].map(crcKind), ['recommendation', 'concern', 'other']);
    assert.deepEqual(['29. The Committee recommends', '29 (a) Ensure', 'CRC recommended that'].map(paragraphOf), ['29', '29 (a)', null]);
  });
});
