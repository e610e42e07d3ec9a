import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chooseMergeTarget, isSameRecommendation, mergeEvidence, tokenise, type MergeCandidate } from './index.js';

const rec = (text: string, recommendingStates: string[], paragraph: string | null = null): MergeCandidate => ({ text, recommendingStates, paragraph });
const same = (a: MergeCandidate, b: MergeCandidate) => isSameRecommendation(mergeEvidence(tokenise(a), tokenise(b)));

describe('the merge rule', () => {
  const cases: [string, MergeCandidate, MergeCandidate, boolean][] = [
    ['the same text by the same State', rec('Ratify the OP-CAT', ['FRA']), rec('To ratify the OP-CAT (France);', ['FRA'], '124.3'), true],
    ['a clause of an item grouping several States', rec('Ratify the ICESCR', ['MDV']),
      rec('Ratify the ICESCR (Romania, Maldives)/ Accede (Czech Republic)', ['ROU', 'MDV', 'CZE'], '170.2'), true],
    ['a spelling variant (antitrafficking)', rec('Draft, support the passage of, and implement comprehensive antitrafficking legislation in line with the UN Palermo Protocol', ['USA']),
      rec('Draft, support the passage of, and implement comprehensive anti-trafficking legislation in line with the UN Palermo Protocol', ['USA']), true],
    ['the same text by another State, too short to tell', rec('Ratify ICRMW', ['GTM']), rec('Ratify ICRMW', ['IDN']), false],
    ['the same long text under another State (one source is wrong)',
      rec('Take all possible measures to eliminate stereotypes and practices which contribute to discrimination against women', ['KOR']),
      rec('Take all possible measures to eliminate stereotypes and practices which contribute to discrimination against women', ['PRK']), true],
    ['a different recommendation by the same State', rec('Abolish the death penalty', ['FRA']), rec('Ratify the Second Optional Protocol to the ICCPR', ['FRA']), false],
    ['a partial text matching under 0.8', rec('Step up efforts to consider ratify ILO Convention 189', ['PHL']),
      rec('Step up efforts to consider acceding to ICRMW as well as ratifying ILO Convention', ['PHL']), false],
    ['equal item numbers accept a looser text', rec('Ensure birth registration of all children free of charge', ['MEX'], '12.4'),
      rec('Guarantee free birth registration for all children', ['MEX'], '12.4'), true],
    ['a near text without item numbers', rec('Ratify the Optional Protocol to the Convention against Torture and establish a mechanism', ['FRA']),
      rec('Ratify the Optional Protocol to the Convention against Torture promptly', ['FRA']), true],
    ['the same near text under different item numbers', rec('Ratify the Optional Protocol to the Convention against Torture and establish a mechanism', ['FRA'], '12.4'),
      rec('Ratify the Optional Protocol to the Convention against Torture promptly', ['FRA'], '12.5'), false],
    ['a source without States needs near-identical text', rec('Ratify the Optional Protocol to the Convention against Torture', []),
      rec('Ratify the Optional Protocol to the Convention against Torture (France)', ['FRA']), true],
  ];
  for (const [name, a, b, expected] of cases) {
    it(`${expected ? 'merges' : 'keeps apart'} ${name}`, () => {
      assert.equal(same(a, b), expected);
      assert.equal(same(b, a), expected, 'the rule is symmetric');
    });
  }

  it('prefers a record naming a common State over a same-worded record of another State', () => {
    const text = 'Ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol';
    const targets = [rec(text, ['BRA'], '1'), rec(text, ['CHL'], '2')].map(tokenise);
    assert.equal(chooseMergeTarget(tokenise(rec(text, ['CHL'])), targets)?.paragraph, '2');
    assert.equal(chooseMergeTarget(tokenise(rec(text, ['ARG'])), targets)?.paragraph, '1', 'no common State: the first same-worded one');
  });
});

// The hand-checked pairs of test/fixtures/merge (README there): the figures of docs/merge.md, recomputed.
interface Pair {
  uprInfo: { text: string; recommendingStates: string[] };
  report: { text: string; recommendingStates: string[]; paragraph: string | null };
  verdict: 'same' | 'different';
}

const FIXTURES = new URL('../../test/fixtures/merge/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Pair[];

function confusion(pairs: Pair[]): { tp: number; fp: number; fn: number; tn: number } {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pairs) {
    const rule = same(rec(p.uprInfo.text, p.uprInfo.recommendingStates), rec(p.report.text, p.report.recommendingStates, p.report.paragraph));
    const truth = p.verdict === 'same';
    if (rule && truth) c.tp++;
    else if (rule) c.fp++;
    else if (truth) c.fn++;
    else c.tn++;
  }
  return c;
}

describe('the merge rule on the hand-checked pairs (docs/merge.md)', () => {
  const docs = readFileSync(new URL('../../docs/merge.md', import.meta.url), 'utf8');
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;

  it('random sample of 100 candidate pairs: precision and recall as documented', () => {
    const pairs = read('sample-100.json');
    assert.equal(pairs.length, 100);
    const c = confusion(pairs);
    const line = `sample of 100: precision ${pct(c.tp, c.tp + c.fp)}, recall ${pct(c.tp, c.tp + c.fn)}`;
    assert.ok(docs.includes(line), `docs/merge.md should say: ${line}`);
  });

  it('every pair the rule did not merge, every merge on imperfect evidence and among several candidates: as documented', () => {
    const unmerged = confusion(read('unmerged.json'));
    const imperfect = confusion(read('merged-imperfect.json'));
    const ambiguous = confusion(read('merged-ambiguous.json'));
    const line = `not merged: ${unmerged.tn} different, ${unmerged.fn} the same (missed); merged on imperfect evidence: ${imperfect.tp} the same, `
      + `${imperfect.fp} different; merged among several candidates: ${ambiguous.tp} the same, ${ambiguous.fp} different`;
    assert.ok(docs.includes(line), `docs/merge.md should say: ${line}`);
    assert.equal(unmerged.tp + unmerged.fp, 0, 'the rule still keeps these apart');
    assert.equal(imperfect.fn + imperfect.tn + ambiguous.fn + ambiguous.tn, 0, 'the rule still merges these');
  });
});
