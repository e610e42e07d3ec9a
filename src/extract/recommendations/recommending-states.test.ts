import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStateList, splitRecommendingStates } from './recommending-states.js';

describe('recommending States', () => {
  const cases: [string, string, string[], string][] = [
    ['a comma-separated list', 'Ratify OP-CAT (France, United Kingdom, Chile);', ['FRA', 'GBR', 'CHL'], 'Ratify OP-CAT'],
    ['lists written as (Maldives) (Portugal)', 'Establish a national human rights institution (Maldives) (Portugal).', ['MDV', 'PRT'], 'Establish a national human rights institution'],
    [
      'a merged paragraph with one State per clause',
      'To continue improving the living conditions of detainees (Algeria) and ensure its prioritization (Ireland);',
      ['DZA', 'IRL'],
      'To continue improving the living conditions of detainees (Algeria) and ensure its prioritization',
    ],
    ['an old name', 'Strengthen the judiciary (Libyan Arab Jamahiriya).', ['LBY'], 'Strengthen the judiciary'],
    ['a name with its own parentheses', 'Abolish the death penalty (Iran (Islamic Republic of), Venezuela (Bolivarian Republic of))', ['IRN', 'VEN'], 'Abolish the death penalty'],
    ['a name containing "and"', 'Adopt a law (United Kingdom of Great Britain and Northern Ireland);', ['GBR'], 'Adopt a law'],
    ['"and" between two States', 'Adopt a law (Chile and Spain).', ['CHL', 'ESP'], 'Adopt a law'],
    ['a footnote mark after the list', 'For a better integration of immigrant minorities, follow ILO recommendations (Turkey)1', ['TUR'], 'For a better integration of immigrant minorities, follow ILO recommendations'],
    ['an acronym in parentheses kept in the text', 'Ratify the Convention against Torture (CAT) (Czech Republic);', ['CZE'], 'Ratify the Convention against Torture (CAT)'],
    ['"The Holy See" and a line break inside a name', 'Continue a dialogue with minority religions (The Holy See, Democratic\n   Republic of Congo).', ['VAT', 'COD'], 'Continue a dialogue with minority religions'],
    [
      'a real line of Austria 2011 (sign by one State, ratify by four)',
      'Sign (Uganda) and ratify (Costa Rica, Netherlands, Sweden, Uganda) OP-CAT;',
      ['UGA', 'CRI', 'NLD', 'SWE'],
      'Sign (Uganda) and ratify (Costa Rica, Netherlands, Sweden, Uganda) OP-CAT',
    ],
    [
      'a real line of Algeria 2008',
      'That Algeria pursue the peace process and national reconciliation (Democratic Republic of Congo).',
      ['COD'],
      'That Algeria pursue the peace process and national reconciliation',
    ],
  ];
  for (const [what, raw, states, text] of cases) {
    it(`reads ${what}`, () => {
      const r = splitRecommendingStates(raw);
      assert.deepEqual(r.value.states, states);
      assert.equal(r.value.text, text);
      assert.deepEqual(r.problems, []);
    });
  }

  it('reports a recommendation without any State list', () => {
    const r = splitRecommendingStates('Ratify the Convention.');
    assert.deepEqual(r.value.states, []);
    assert.equal(r.problems.length, 1);
  });

  it('refuses a parenthesised group that is not a list of States', () => {
    assert.equal(parseStateList('CRC'), undefined);
    assert.equal(parseStateList('France, CEDAW'), undefined);
  });
});

describe('recommending States misspelt in the reports', () => {
  const cases: [string, string[]][] = [
    ['United Sates', ['USA']],
    ['Lichtenstein', ['LIE']],
    ['New Zeeland', ['NZL']],
    ['Russia Federation', ['RUS']],
    ['Holly See', ['VAT']],
    ['Venezuela, Bolivarian Republic of', ['VEN']],
    ['Brazil/Spain', ['BRA', 'ESP']],
    ['Democratic People‟s Republic of Korea', ['PRK']],
  ];
  for (const [inner, iso3] of cases) it(`reads (${inner})`, () => assert.deepEqual(parseStateList(inner), iso3));

  it('does not take an acronym for a misspelt State', () => {
    assert.equal(parseStateList('OP-CAT'), undefined);
    assert.equal(parseStateList('ICERD'), undefined);
  });
});

describe('a State list whose opening parenthesis was lost', () => {
  it('reads "… law Austria);"', () => {
    assert.deepEqual(splitRecommendingStates('Enact a progressive, substantive Freedom of Information law Austria);').value, {
      text: 'Enact a progressive, substantive Freedom of Information law',
      states: ['AUT'],
    });
  });
});
