import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { cohenKappa, parseSecondAnnotator, secondAnnotatorSample, SECOND_ANNOTATOR_SIZE } from './agreement.js';
import { parseGold } from './gold.js';

const dir = new URL('../../../data/gold/', import.meta.url);
const gold = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'second-annotator.jsonl').sort()
  .flatMap((f) => parseGold(readFileSync(new URL(f, dir), 'utf8'), f).value);

describe('second annotator', () => {
  it('draws the same seeded sample of 120 gold items on every run, whatever the file order', () => {
    const a = secondAnnotatorSample(gold).map((g) => g.id);
    const b = secondAnnotatorSample([...gold].reverse()).map((g) => g.id);
    assert.equal(a.length, SECOND_ANNOTATOR_SIZE);
    assert.deepEqual(a, b);
    assert.equal(new Set(a).size, a.length);
  });

  it('has a label for exactly the sampled items in data/gold/second-annotator.jsonl', () => {
    const second = parseSecondAnnotator(readFileSync(new URL('second-annotator.jsonl', dir), 'utf8'));
    assert.deepEqual([...second.keys()].sort(), secondAnnotatorSample(gold).map((g) => g.id).sort());
  });

  it("computes Cohen's kappa and agreement (textbook case: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4)", () => {
    const first = new Map<string, boolean>(), second = new Map<string, boolean>();
    const add = (n: number, a: boolean, b: boolean) => { for (let i = 0; i < n; i++) { const id = `${a}${b}${i}`; first.set(id, a); second.set(id, b); } };
    add(20, true, true); add(5, true, false); add(10, false, true); add(15, false, false);
    const k = cohenKappa(first, second);
    assert.equal(k.n, 50);
    assert.equal(k.agreement, 0.7);
    assert.ok(Math.abs(k.kappa - 0.4) < 1e-9);
    assert.equal(k.disagreements.length, 15);
  });

  it('compares only items both annotators labelled and skips unreadable lines', () => {
    const second = parseSecondAnnotator('{"id":"a","label":true}\nnot json\n{"id":"b","label":"yes"}\n');
    assert.deepEqual([...second], [['a', true]]);
    assert.equal(cohenKappa(new Map([['a', true], ['c', false]]), second).n, 1);
  });
});
