import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHILD_RIGHTS_ISSUE_IDS, type ChildRightsIssueId } from '../../core/index.js';
import { evaluateIssues } from './issue-evaluation.js';
import { parseGold, type GoldItem } from './gold.js';
import { classifyText } from './classify.js';

const item = (id: string, issues: ChildRightsIssueId[]): GoldItem => ({ id, kind: 'recommendation', language: 'en', text: id, source: { file: 'x' }, session: 1, label: issues.length > 0, issues });

describe('evaluateIssues', () => {
  it('counts each (item, issue) pair once and micro-averages over all issues', () => {
    const gold = [item('a', ['education', 'health']), item('b', ['violence']), item('c', [])];
    const predicted: Record<string, ChildRightsIssueId[]> = { a: ['education'], b: ['violence', 'girl_child_discrimination'], c: ['health'] };
    const e = evaluateIssues(gold, (g) => predicted[g.id] ?? []);
    assert.deepEqual([e.micro.tp, e.micro.fp, e.micro.fn], [2, 2, 1]);
    assert.equal(e.micro.precision, 0.5);
    assert.equal(e.micro.recall, 2 / 3);
    const health = e.perIssue.find((x) => x.id === 'health')!;
    assert.deepEqual([health.gold, health.predicted, health.tp], [1, 1, 0]);
    assert.deepEqual(e.errors.map((x) => [x.id, x.missing, x.extra]), [['a', ['health'], []], ['b', [], ['girl_child_discrimination']], ['c', [], ['health']]]);
  });
});

describe('issue-level gold set (test/fixtures/classifier/issue-gold)', () => {
  const dir = 'test/fixtures/classifier/issue-gold';
  const parts = ['development.jsonl', 'heldout.jsonl'].map((f) => parseGold(readFileSync(`${dir}/${f}`, 'utf8'), f));

  it('parses without problems, has unique ids and texts, and at least 30 examples of every issue', () => {
    for (const p of parts) assert.deepEqual(p.problems, []);
    const all = parts.flatMap((p) => p.value);
    assert.equal(new Set(all.map((g) => g.id)).size, all.length);
    assert.equal(new Set(all.map((g) => g.text)).size, all.length);
    assert.ok(parts[1]!.value.every((g) => g.set === 'held-out') && parts[0]!.value.every((g) => g.set === 'development'));
    for (const id of CHILD_RIGHTS_ISSUE_IDS) {
      const n = all.filter((g) => g.issues.includes(id)).length;
      assert.ok(n >= 30, `${id}: ${n} examples`);
    }
  });

  it("keeps the traps of the report: same-sex unions are not child marriage, police training is not education, women's sexual health is not migrant children", () => {
    const dev = parts[0]!.value;
    const traps = [
      { words: /same-sex|civil unions?/i, issue: 'child_marriage' },
      { words: /police officers|training of police|law enforcement/i, issue: 'education' },
      { words: /sexual and reproductive health/i, issue: 'migrant_refugee_children' },
    ] as const;
    const items = traps.map((t) => ({ ...t, items: dev.filter((g) => t.words.test(g.text)) }));
    assert.ok(items.every((t) => t.items.length >= 2));
    // The three paragraphs of Slovenia's documents once seen filed under the wrong issue are among them: homosexual
    // civil unions, police officers and ill-treatment, women's (and adolescent girls') sexual and reproductive health.
    for (const [i, symbol, paragraph] of [[0, 'A/HRC/WG.6/7/SVN/3', 9], [1, 'A/HRC/WG.6/7/SVN/3', 13], [2, 'A/HRC/WG.6/34/SVN/2', 41]] as const) {
      assert.ok(items[i]!.items.some((g) => g.source.symbol === symbol && g.source.paragraph === paragraph), `${symbol} paragraph ${paragraph}`);
    }
    for (const t of items) {
      for (const g of t.items) {
        const got = classifyText(g.text, g.language).issues.map((x) => x.id);
        assert.ok(!got.includes(t.issue) || g.issues.includes(t.issue), `${g.id} filed under ${t.issue}`);
      }
    }
  });
});
