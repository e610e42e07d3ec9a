import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { councilSessionFor, latestPastCycle, normaliseSymbol, reportBaseSymbol, reviewPlan, reviewSession } from './symbols.js';
import { sessionByNumber } from '../core/index.js';

describe('symbols of a review', () => {
  it('plans the pre-session documents (with optional corrigenda) from the calendar and each report with its addendum', () => {
    const s = reviewSession('SVN', 3);
    assert.equal(s.number, 34);
    assert.deepEqual(reviewPlan(s.number, 'svn', ['A/HRC/43/15']), [
      { symbol: 'A/HRC/WG.6/34/SVN/1', need: 'required' }, { symbol: 'A/HRC/WG.6/34/SVN/1/Corr.1', need: 'optional' },
      { symbol: 'A/HRC/WG.6/34/SVN/2', need: 'required' }, { symbol: 'A/HRC/WG.6/34/SVN/2/Corr.1', need: 'optional' },
      { symbol: 'A/HRC/WG.6/34/SVN/3', need: 'required' }, { symbol: 'A/HRC/WG.6/34/SVN/3/Corr.1', need: 'optional' },
      { symbol: 'A/HRC/43/15', need: 'required' }, { symbol: 'A/HRC/43/15/Add.1', need: 'required' },
    ]);
  });

  it('finds the session of each cycle and refuses a cycle the State was not reviewed in', () => {
    assert.deepEqual([1, 2, 3, 4].map((c) => reviewSession('SVN', c).number), [7, 20, 34, 48]);
    assert.throws(() => reviewSession('SVN', 5), /SVN has no review in cycle 5 in the session calendar \(sessions: 7 \(cycle 1\), 20/);
  });

  it('takes the latest cycle whose session has ended', () => {
    assert.equal(latestPastCycle('SVN', '2019-11-01'), 2);
    assert.equal(latestPastCycle('SVN', '2019-12-01'), 3);
    assert.equal(latestPastCycle('SVN', '2008-01-01'), undefined);
  });

  // Truth: the symbols of Slovenia's Working Group reports (A/HRC/14/15, 28/15, 43/15) and of the first reports (A/HRC/8/…).
  const council: [session: number, council: number][] = [[1, 8], [2, 8], [3, 10], [5, 12], [7, 14], [20, 28], [34, 43], [35, 44], [36, 46]];
  for (const [session, expected] of council) {
    it(`knows that the Council's ${expected}th session adopts the outcomes of Working Group session ${session}`, () => {
      assert.equal(councilSessionFor(sessionByNumber(session)!), expected);
    });
  }

  it('normalises symbols and refuses what is not one', () => {
    assert.equal(normaliseSymbol(' a/hrc/wg.6/34/SVN/2/corr.1 '), 'A/HRC/WG.6/34/SVN/2/Corr.1');
    assert.equal(normaliseSymbol('A/HRC/43/15/ADD.1'), 'A/HRC/43/15/Add.1');
    for (const bad of ['', '../x', 'A/HRC//15', 'A/HRC/43/15?x=1', 'https://example.org/x.pdf']) {
      assert.throws(() => normaliseSymbol(bad), /is not a UN document symbol/, bad);
    }
  });

  it('strips addendum and corrigendum suffixes from report symbols', () => {
    assert.equal(reportBaseSymbol('A/HRC/43/15/Add.1'), 'A/HRC/43/15');
    assert.equal(reportBaseSymbol('A/HRC/43/15'), 'A/HRC/43/15');
    assert.equal(reportBaseSymbol('A/HRC/WG.6/34/SVN/1'), null);
    assert.equal(reportBaseSymbol('A/HRC/DEC/43/112'), null);
  });
});
