import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { specialisation } from './focus-matrix.js';
import { dice } from './continuity.js';
import { describeReason } from './reasons.js';
import { localeFor } from '../../core/index.js';

describe('advocacy measures', () => {
  const cases: [string, [number, number, number, number, number], number | null][] = [
    ['a State as focused on the issue as everyone is 1', [10, 100, 50, 500, 5], 1],
    ['twice as focused is 2', [20, 100, 50, 500, 5], 2],
    ['half as focused is 0.5', [5, 100, 50, 500, 5], 0.5],
    ['below the minimum count there is no measure', [4, 10, 50, 500, 5], null],
    ['with a minimum of 1 a single recommendation is measured (the default minimum, 5, keeps it out)', [1, 1, 10, 500, 1], 50],
    ['no recommendation at all: no measure', [0, 0, 10, 500, 0], null],
  ];
  for (const [what, args, want] of cases) it(`specialisation: ${what}`, () => assert.equal(specialisation(...args), want));

  it('word overlap is the Dice coefficient of the word sets', () => {
    assert.equal(dice(new Set(['end', 'corporal', 'punishment']), new Set(['corporal', 'punishment', 'schools'])), 2 / 3);
    assert.equal(dice(new Set(), new Set()), 0);
  });

  it('writes reasons in the reader\'s language, naming States, issues and groups', () => {
    const r = { key: 'anReasonGroup' as const, vars: { sur: 'ZMB', group: 'African' }, points: 3 };
    assert.equal(describeReason(localeFor('en'), r), 'same regional group as Zambia (African States)');
    assert.equal(describeReason(localeFor('fr'), r), "même groupe régional que Zambie (États d'Afrique)");
    const i = { key: 'anReasonIssue' as const, vars: { n: 14, issue: 'corporal_punishment', cycle: 1, specific: 9 }, points: 15 };
    assert.equal(describeReason(localeFor('en'), i), 'made 14 recommendations on corporal punishment in cycle 1, 9 of them specific (category 5)');
    assert.equal(describeReason(localeFor('es'), i), 'hizo 14 recomendaciones sobre «castigo corporal» en el ciclo 1, 9 de ellas específicas (categoría 5)');
  });
});
