import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { evaluateClassifier, VETO_LEVELS } from './evaluation.js';
import { parseGold } from './gold.js';
import { loadModelFile } from './model-file.js';
import { DEFAULT_THRESHOLDS } from './calibration.js';
import { parseLabelledRecommendations } from './upr-info-labels.js';

describe('evaluateClassifier on real UPR Info rows (sessions 1-4)', () => {
  it('scores held-out sessions only, chooses thresholds per fold and reports the trade-off', (t) => {
    const csv = sharedPath(t, 'upr-info', 'upr-info-sessions-01-04.csv');
    if (!csv) return;
    const rows = parseLabelledRecommendations(decodeText(readFileSync(csv)).text, 'upr-info-sessions-01-04.csv');
    const gold = parseGold(readFileSync(new URL('../../../data/gold/recommendations.jsonl', import.meta.url), 'utf8'), 'recommendations.jsonl').value
      .filter((g) => g.session <= 4);
    const seen: number[] = [];
    const e = evaluateClassifier(rows, gold, 2, loadModelFile().model, DEFAULT_THRESHOLDS, (i) => seen.push(i));
    assert.deepEqual(e.folds, [[1, 3], [2, 4]]);
    assert.deepEqual(seen, [0, 1, 2]);
    assert.equal(e.foldCalibration.length, 2);
    for (const c of e.foldCalibration) assert.ok(c.thresholds.weakCue > 0 && c.thresholds.noCue > 0 && c.veto >= 0);
    assert.equal(e.uprInfo.classifier.n, rows.length);
    assert.equal(e.gold.classifier.n, gold.length);
    assert.equal(e.tradeOff.length, VETO_LEVELS.length + 1);
    // Without a veto the trade-off equals the classifier; a strong veto can only lower recall on the gold set.
    assert.deepEqual(e.tradeOff[0]!.uprInfo, e.uprInfo.classifier);
    assert.ok(e.tradeOff[VETO_LEVELS.length - 1]!.gold.recall <= e.gold.classifier.recall);
    assert.ok(e.gold.classifier.f1 >= 0.95, `gold F1 ${e.gold.classifier.f1}`);
  });
});
