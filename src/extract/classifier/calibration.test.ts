import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseThresholds, chooseVeto, regionOf } from './calibration.js';
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

  it('reports the veto with the best F1 against UPR Info among those keeping the gold F1 high enough', () => {
    const th = { weakCue: 0.5, noCue: 0.9 };
    // UPR Info says no to a child-term text the model doubts (p 0.04); the gold set says yes to one with p 0.02.
    const rows = [{ region: 'child' as const, p: 0.9, y: true }, { region: 'child' as const, p: 0.04, y: false }];
    const gold = [{ region: 'child' as const, p: 0.9, y: true }, { region: 'child' as const, p: 0.8, y: true }, { region: 'child' as const, p: 0.02, y: true }];
    assert.equal(chooseVeto(rows, [], th, 0.95), 0.05);
    // Removing the UPR Info "no" would cost the gold item, and no lower veto gains anything: no veto.
    assert.equal(chooseVeto(rows, gold, th, 0.95), 0);
    assert.equal(chooseVeto(rows, gold, th, 0.8), 0.05);
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
