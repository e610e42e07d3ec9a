import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery', () => {
  const cases: [string, string | null][] = [
    ['corporal punishment', '"corporal" "punishment"'],
    ['"corporal punishment"', '"corporal punishment"'],
    ['child* AND marriage', '"child"* AND "marriage"'],
    ['torture OR (ill treatment)', '"torture" OR ( "ill" "treatment" )'],
    ["child's rights", '"child s" "rights"'],
    ['girls NOT boys', '"girls" NOT "boys"'],
    ['AND education', '"education"'],
    ['education OR', '"education"'],
    ['  ', null],
    ['"" -', null],
  ];
  for (const [input, expected] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(toFtsQuery(input), expected);
    });
  }
  it('rejects an unbalanced quote with a message naming the query', () => {
    assert.throws(() => toFtsQuery('"corporal punishment'), /unbalanced quote.*corporal punishment/);
  });
  it('rejects an unbalanced parenthesis', () => {
    assert.throws(() => toFtsQuery('(torture OR ill'), /unbalanced parenthesis/);
  });
});
