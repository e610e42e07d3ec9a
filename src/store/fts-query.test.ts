import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsPlan, toFtsQuery } from './fts-query.js';
import { QUERY_LIMITS } from './query-parse.js';

describe('toFtsQuery', () => {
  const cases: [string, string | null][] = [
    ['corporal punishment', '"corporal" AND "punishment"'],
    ['"corporal punishment"', '"corporal punishment"'],
    ['child* AND marriage', '"child"* AND "marriage"'],
    ['torture OR (ill treatment)', '"torture" OR ("ill" AND "treatment")'],
    ["child's rights", '("child s" OR "children s") AND "rights"'],
    ['girls NOT boys', '"girls" NOT "boys"'],
    ['girls -boys', '"girls" NOT "boys"'],
    ['AND education', '"education"'],
    ['education OR', '"education"'],
    ['education NOT', '"education"'],
    ['child (school OR education)', '("child" OR "children") AND ("school" OR "education")'],
    ['children', '"child" OR "children"'],
    ['Women', '"woman" OR "women"'],
    ['"child marriage"', '"child marriage" OR "children marriage"'],
    ['girls NOT (boys OR men)', '"girls" NOT ("boys" OR ("man" OR "men"))'],
    ['torture OR NOT police', null],
    ['  ', null],
    ['"" -', null],
    ['NOT torture', null],
    ['child-rights', '"child rights" OR "children rights"'],
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
    assert.throws(() => toFtsQuery('torture) OR (ill'), /unbalanced parenthesis/);
  });
});

describe('toFtsPlan: purely negative queries select every row but the matches', () => {
  const cases: [string, string, boolean][] = [
    ['NOT torture', '"torture"', true],
    ['-torture', '"torture"', true],
    ['-torture -police', '"torture" OR "police"', true],
    ['NOT NOT torture', '"torture"', false],
    ['torture OR NOT police', '"police" NOT "torture"', true],
    ['(NOT torture) education', '"education" NOT "torture"', false],
  ];
  for (const [input, fts, negated] of cases) {
    it(`reads ${JSON.stringify(input)} as ${negated ? 'all but ' : ''}${fts}`, () => {
      assert.deepEqual(toFtsPlan(input), { fts, negated });
    });
  }
});

describe('query bounds', () => {
  const refused = (q: string, re: RegExp) => assert.throws(() => toFtsPlan(q), (e: Error & { code?: string }) => e.code === 'invalid_input' && re.test(e.message));
  it('refuses `a* a* …` (20 short prefixes) before any search runs', () => {
    refused(Array(20).fill('a*').join(' '), /prefix "a\*" is too short/);
  });
  it('refuses short prefixes, too many prefixes, too many words and too long a query, naming the limit', () => {
    refused('ch*', /at least 3 letters/);
    refused('chi* edu* tor* pun* mar*', /too many prefix terms \(5; at most 4/);
    refused(Array(QUERY_LIMITS.maxTerms + 1).fill('torture').join(' '), /too many words \(31; at most 30\)/);
    refused('"' + Array(QUERY_LIMITS.maxTerms + 1).fill('x').join(' ') + '"', /too many words/);
    refused('x'.repeat(QUERY_LIMITS.maxLength + 1), /too long \(501 characters; at most 500\)/);
  });
  it('accepts a query at the limits', () => {
    assert.ok(toFtsPlan('chi* edu* tor* pun* ' + Array(QUERY_LIMITS.maxTerms - 4).fill('torture').join(' ')));
  });
});
