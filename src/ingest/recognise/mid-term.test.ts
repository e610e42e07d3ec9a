import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseDocument } from './recognise.js';

describe('mid-term reports', () => {
  it('recognises a State\'s mid-term report by its title, without a UN symbol, and names the State', () => {
    const page = 'REPUBLIC OF SLOVENIA\nMINISTRY OF FOREIGN AFFAIRS\n\nMid-term report on the implementation of the recommendations received by Slovenia\n'
      + 'in the second cycle of the Universal Periodic Review\n\nLjubljana, March 2017\n\n1. Slovenia supported 150 recommendations.';
    const { value, problems } = recogniseDocument({ pages: [page] });
    assert.deepEqual([value.type, value.stateIso3, value.isUpr], ['mid_term_report', 'SVN', true]);
    assert.deepEqual(problems, []);
  });

  it('keeps a Working Group report that recommends a mid-term report a Working Group report', () => {
    const page = 'United Nations A/HRC/28/15\nGeneral Assembly Distr.: General 12 December 2014\nHuman Rights Council\nTwenty-eighth session\n'
      + 'Report of the Working Group on the Universal Periodic Review*\nSlovenia\n\n115.1 Submit a mid-term report on the implementation of accepted recommendations (Moldova);';
    assert.equal(recogniseDocument({ pages: [page] }).value.type, 'wg_report');
  });
});
