import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containment, recommendationTokens } from './similarity.js';
import { matchReview, rates } from './match.js';

describe('extraction matching', () => {
  const sim: [string, string, string, number][] = [
    ['drops the leading "That" and punctuation', 'Take steps to ratify CED.', 'That Algeria take steps to ratify CED', 1],
    ['drops "Recommended that"', 'Recommended that steps be taken', 'steps be taken;', 1],
    ['treats a record split out of a merged paragraph as contained', 'Review domestic legislation to criminalize domestic violence.', 'take measures for the prevention of torture; recommends the review of domestic legislation to criminalize domestic violence', 1],
    ['scores unrelated texts low', 'Abolish the death penalty', 'Ratify the Convention on the Rights of the Child', 0.25],
  ];
  for (const [what, ref, ext, expected] of sim) {
    it(what, () => assert.equal(containment(recommendationTokens(ref), recommendationTokens(ext)), expected));
  }

  it('counts recall, precision, State accuracy and response agreement', () => {
    const f = matchReview(
      [
        { stateUnderReview: 'DZA', text: 'Lift the reservations to CEDAW (Canada)', recommendingStates: ['CAN'], response: 'noted' },
        { stateUnderReview: 'DZA', text: 'Cooperate with special procedures mandate holders', recommendingStates: ['GBR'], response: 'supported' },
        { stateUnderReview: 'DZA', text: 'Something UPR Info does not have', recommendingStates: ['FRA'], response: 'pending' },
      ],
      [
        { stateUnderReview: 'DZA', text: 'Lift reservations to CEDAW.', recommendingState: 'CAN', response: 'noted' },
        { stateUnderReview: 'DZA', text: 'Cooperate with special procedures mandate holders', recommendingState: 'DEU', response: 'noted' },
        { stateUnderReview: 'DZA', text: 'Adopt a family code', recommendingState: 'NLD', response: 'noted' },
      ],
    );
    assert.deepEqual(rates(f), { recall: (100 * 2) / 3, recallSameState: 100 / 3, precision: (100 * 2) / 3, stateAccuracy: 50, responseAgreement: 50 });
  });
});

describe('extraction figures by year', () => {
  it('matches each report to the records of its State and session and sums by year, leaving out reports without records', async () => {
    const { evaluateReports, figuresByYear, uncoveredReference } = await import('./by-year.js');
    const reports = [
      { file: 'algeria2008.pdf', year: 2008, stateUnderReview: 'DZA', session: 1, recommendations: [{ text: 'Abolish the death penalty (Italy)', recommendingStates: ['ITA'], response: 'noted' as const }] },
      { file: 'algeria2012.pdf', year: 2012, stateUnderReview: 'DZA', session: 13, recommendations: [{ text: 'Ratify CED', recommendingStates: ['FRA'], response: 'pending' as const }] },
    ];
    const reference = [
      { stateUnderReview: 'DZA', session: 1, text: 'Abolish the death penalty.', recommendingState: 'ITA', response: 'noted' as const },
      { stateUnderReview: 'SSD', session: 11, text: 'Ratify CRC', recommendingState: 'FRA', response: 'supported' as const },
    ];
    const figures = evaluateReports(reports, reference);
    assert.deepEqual(figures.map((f) => [f.file, f.hasReference, f.matchedReference, f.extracted]), [['algeria2008.pdf', true, 1, 1], ['algeria2012.pdf', false, 0, 1]]);
    assert.deepEqual([...figuresByYear(figures).keys()], [2008, 0]);
    assert.equal(uncoveredReference(reports, reference).length, 1);
  });
});
