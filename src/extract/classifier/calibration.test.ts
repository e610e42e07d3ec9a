import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseThresholds, regionOf } from './calibration.js';
import { matchLexicon } from './lexicon.js';
import { normaliseText } from './normalise.js';
import { classifyText } from './classify.js';
import { loadModelFile } from './model-file.js';

const region = (text: string, english = true) => regionOf(matchLexicon(normaliseText(text), 'en', false), english);

describe('combination of lexicon and model', () => {
  it('lets the lexicon decide clear cases and the model only borderline English texts', () => {
    assert.equal(region('Prohibit corporal punishment in all settings'), 'child');
    assert.equal(region('Strengthen national capacities to assist victims of domestic violence'), 'excluded');
    assert.equal(region('Intensify employment programs for youth'), 'weak');
    assert.equal(region('Ratify the Convention against Torture'), 'none');
    assert.equal(region('Ratify the Convention against Torture', false), 'lexicon-only');
  });

  it('picks the threshold that maximises F1 of the training examples, the higher one on ties', () => {
    const scored = [
      { region: 'child' as const, p: 0.9, y: true },
      { region: 'weak' as const, p: 0.62, y: true },
      { region: 'weak' as const, p: 0.3, y: false },
      { region: 'none' as const, p: 0.97, y: false },
      { region: 'none' as const, p: 0.1, y: false },
    ];
    assert.deepEqual(chooseThresholds(scored), { weakCue: 0.6, noCue: 0.99 });
  });

  it('ships thresholds with the model and follows them: a borderline text says which threshold decided', () => {
    const file = loadModelFile();
    assert.ok(file.thresholds && file.thresholds.weakCue > 0 && file.thresholds.noCue <= 1);
    const r = classifyText('Intensify employment programs for youth', 'en');
    assert.ok(r.evidence.some((e) => e.startsWith('model decides (weak cue only): threshold')), r.evidence.join('; '));
    assert.equal(r.isChildRights, r.score >= 0.5);
    const forced = classifyText('Intensify employment programs for youth', 'en', { model: file.model, thresholds: { weakCue: 0.001, noCue: 0.99 } });
    assert.equal(forced.isChildRights, true);
  });

  it('never lets the model say yes against an excluded topic without a child term', () => {
    const r = classifyText('Strengthen national capacities to assist victims of domestic violence', 'en', { model: loadModelFile().model, thresholds: { weakCue: 0, noCue: 0 } });
    assert.equal(r.isChildRights, false);
  });
});
