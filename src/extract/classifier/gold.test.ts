import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { parseGold } from './gold.js';
import { scoreBinary, sessionFolds } from './metrics.js';
import { loadModelFile, MODEL_FILE_URL } from './model-file.js';
import { MODEL_VERSION } from './classify.js';

const read = (name: string) => parseGold(readFileSync(new URL(`../../../data/gold/${name}`, import.meta.url), 'utf8'), name);

describe('gold set', () => {
  it('holds at least 400 recommendations and 200 Slovenia paragraphs, all valid', () => {
    const recs = read('recommendations.jsonl');
    const paras = read('paragraphs.jsonl');
    assert.deepEqual([...recs.problems, ...paras.problems], []);
    assert.ok(recs.value.length >= 400, `${recs.value.length} recommendations`);
    assert.ok(paras.value.filter((p) => p.source.file.startsWith('slovenia/')).length >= 200);
    assert.ok(recs.value.filter((r) => r.label).length >= 100, 'many positives');
    assert.ok(recs.value.every((r) => r.source.file.startsWith('upr-info/') && Number.isInteger(r.source.line)));
  });

  it('keeps a held-out set of at least 200 items labelled after the lexicon was frozen', () => {
    const held = [...read('heldout-recommendations.jsonl').value, ...read('heldout-paragraphs.jsonl').value];
    assert.ok(held.length >= 200);
    assert.ok(held.every((g) => g.set === 'held-out'));
  });

  it('includes French and Spanish items and hard negatives with notes', () => {
    const all = [...read('recommendations.jsonl').value, ...read('paragraphs.jsonl').value];
    assert.ok(all.some((g) => g.language === 'fr' && g.label) && all.some((g) => g.language === 'fr' && !g.label));
    assert.ok(all.some((g) => g.language === 'es' && g.label) && all.some((g) => g.language === 'es' && !g.label));
    for (const word of ['minorities', 'maternal', 'higher education', 'domestic violence', 'youth']) {
      assert.ok(all.some((g) => !g.label && g.note?.toLowerCase().includes(word)), word);
    }
  });

  it('reports bad lines as problems instead of failing', () => {
    const { value, problems } = parseGold('{"text":"x","label":"yes"}\nnot json\n', 'bad.jsonl');
    assert.equal(value.length, 0);
    assert.deepEqual(problems.map((p) => p.line), [1, 2]);
  });
});

describe('metrics and model file', () => {
  it('scores precision, recall and F1', () => {
    const s = scoreBinary([true, true, false, false], [true, false, true, false]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.precision, s.recall, s.f1], [1, 1, 1, 0.5, 0.5, 0.5]);
  });

  it('deals sessions into folds so no session is in two folds', () => {
    const folds = sessionFolds([1, 2, 3, 4, 5, 6, 7, 3, 1], 3);
    assert.deepEqual(folds, [[1, 4, 7], [2, 5], [3, 6]]);
  });

  it('ships a model under 1 MB that matches the code version and loads without network', () => {
    assert.ok(statSync(MODEL_FILE_URL).size < 1024 * 1024);
    const m = loadModelFile();
    assert.equal(m.version, MODEL_VERSION);
    assert.ok(Object.keys(m.model.weights).length > 1000);
  });
});
