import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkAddendumCoverage, checkThematicListCoverage, checkWorkingGroupRecommendations, type CheckedRecommendation } from './index.js';

const rec = (paragraph: string, states = ['FRA'], text = 'Ratify OP-CAT', response: CheckedRecommendation['response'] = 'pending'): CheckedRecommendation => ({ paragraph, text, recommendingStates: states, response });

describe('self-checks of a Working Group report', () => {
  it('passes a complete list, clauses of a bundled item and dialogue recommendations cited by an item', () => {
    const recs = [rec('92.1'), rec('92.2a'), rec('92.2b', ['CHL']), rec('35', ['CHE']), { ...rec('40', ['NLD']), fromItem: '92.3' }, rec('92.4')];
    assert.deepEqual(checkWorkingGroupRecommendations(recs), { ok: true, reasons: [] });
  });
  it('fails a report that yields zero recommendations', () => {
    assert.deepEqual(checkWorkingGroupRecommendations([]), { ok: false, reasons: ['no recommendation found: the conclusions yielded none'] });
  });
  it('names the numbers missing from a list', () => {
    const r = checkWorkingGroupRecommendations([rec('128.1'), rec('128.2'), rec('128.5'), rec('129.2')]);
    assert.deepEqual(r.reasons, ['para 128: numbering has a gap, 128.3, 128.4 missing from the list 128.1–128.5', 'para 129: numbering has a gap, 129.1 missing from the list 129.1–129.2']);
  });
  it('fails a recommendation whose State list was not read, not one whose text has none', () => {
    assert.ok(checkWorkingGroupRecommendations([rec('1.1', [], 'Consider ratifying OP-CAT')]).ok);
    assert.match(checkWorkingGroupRecommendations([rec('1.1', [], 'Ratify OP-CAT (Ruritania)')]).reasons[0]!, /recommending State not recognised in 1 recommendation\(s\): 1\.1/);
  });
  it('fails positions that do not add up to the number of recommendations', () => {
    const odd = { ...rec('1.1'), response: 'accepted' as unknown as CheckedRecommendation['response'] };
    assert.match(checkWorkingGroupRecommendations([rec('1.1'), odd]).reasons.join(), /positions do not add up: 0 supported \+ 0 noted \+ 1 pending \+ 0 unknown ≠ 2/);
  });
});

describe('self-checks of addenda and thematic lists', () => {
  it('an addendum must state positions, on numbers of the report, leaving nothing pending', () => {
    assert.ok(checkAddendumCoverage({ stated: 10, unattached: [], stillPending: [] }).ok);
    assert.deepEqual(checkAddendumCoverage({ stated: 10, unattached: ['para 3: recommendation 122.300 not found in the report'], stillPending: ['122.3a', '122.3b', '122.9'] }).reasons, [
      'positions on numbers the report does not have: para 3: recommendation 122.300 not found in the report',
      '3 recommendation(s) still without a final position: 122.3, 122.9',
    ]);
  });
  it('a thematic list must list the report\'s numbers, an item split into clauses counting once', () => {
    assert.ok(checkThematicListCoverage(['122.1', '122.3'], ['122.1', '122.3a', '122.3b']).ok);
    assert.deepEqual(checkThematicListCoverage(['122.1', '122.4'], ['122.1', '122.3a']).reasons, [
      '1 recommendation(s) of the report missing from the thematic list: 122.3',
      '1 recommendation(s) of the thematic list not in the report: 122.4',
    ]);
  });
});
