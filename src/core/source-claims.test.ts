import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { disagreements, formatClaims, type SourceClaim } from './index.js';

const claim = (kind: SourceClaim['kind'], text: string | null, states: string[], response: SourceClaim['response'] = 'unknown', file = 'f'): SourceClaim => ({
  kind, precedence: 0, file, documentSymbol: null, locator: 'l', paragraph: null, text, response, responseSource: null, recommendingStates: states,
});

describe('disagreements between the sources of a recommendation', () => {
  const trivial: [string, string, string][] = [
    ['hyphenation and spacing', 'Implement comprehensive antitrafficking legislation', 'Implement comprehensive anti-trafficking legislation'],
    ['spelling (-ise/-ize, -our/-or) and curly apostrophes', "Continue to prioritize women's rights in the labour market", 'Continue to prioritise women’s rights in the labor market'],
    ['the leading "To" and the States in parentheses', 'Ratify the OP-CAT', 'To ratify the OP-CAT (France);'],
    ['one source keeping its clause of a grouped item', 'Accede to the Rome Statute of the ICC', 'Ratify the Rome Statute of the ICC (Romania); accede to the Rome Statute of the ICC (Chad)'],
    ['a page footer picked up by extraction', 'Continue to promote women’s rights', 'Continue to promote women’s rights (Burundi); 18 GE.13-'],
  ];
  for (const [name, a, b] of trivial) {
    it(`sees no text disagreement in ${name}`, () => {
      assert.deepEqual(disagreements([claim('wg_report', b, ['FRA']), claim('upr_info', a, ['FRA'])]), []);
    });
  }

  it("does not compare UPR Info's records of one item with each other (they are different States' clauses)", () => {
    const report = claim('wg_report', 'Ratify the Rome Statute of the ICC (Romania); accede to the Rome Statute of the ICC (Chad)', ['ROU', 'TCD']);
    assert.deepEqual(disagreements([report, claim('upr_info', 'Ratify the Rome Statute of the ICC', ['ROU']), claim('upr_info', 'Accede to the Rome Statute of the ICC', ['TCD'])]), []);
  });

  it('sees a text disagreement when a word differs', () => {
    assert.deepEqual(disagreements([claim('wg_report', 'Adopt a plan against trafficking in persons', ['DEU']), claim('upr_info', 'Adopt a plan against trafficking in women', ['DEU'])]), ['text']);
  });

  it('sees a position disagreement only between supported and noted', () => {
    assert.deepEqual(disagreements([claim('addendum', null, [], 'noted'), claim('upr_info', 'Ratify the OP-CAT', ['FRA'], 'supported')]), ['position']);
    assert.deepEqual(disagreements([claim('wg_report', 'Ratify the OP-CAT', ['FRA'], 'pending'), claim('upr_info', 'Ratify the OP-CAT', ['FRA'], 'supported')]), []);
  });

  it("compares the report's States with UPR Info's one-State records together", () => {
    const report = claim('wg_report', 'Ratify the OP-CAT (France) (Chile)', ['FRA', 'CHL']);
    assert.deepEqual(disagreements([report, claim('upr_info', 'Ratify the OP-CAT', ['FRA']), claim('upr_info', 'Ratify the OP-CAT', ['CHL'])]), []);
    assert.deepEqual(disagreements([report, claim('upr_info', 'Ratify the OP-CAT', ['FRA'])]), ['recommending States']);
  });

  it('lists every claim on one line for a flat export', () => {
    assert.equal(formatClaims([claim('wg_report', 'x', ['FRA', 'CHL'], 'supported'), claim('upr_info', 'x', ['FRA'], 'noted', 'u.csv')]),
      'wg_report f l: supported (FRA, CHL); upr_info u.csv l: noted (FRA)');
  });
});
