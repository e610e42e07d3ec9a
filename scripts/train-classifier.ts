// `npm run train`: trains the children's-rights model on the UPR Info exports in ../shared/data/upr-info and writes
// data/models/child-rights-model.json. Deterministic: the same data gives the same file (apart from trainedAt).
// Usage: node --import tsx scripts/train-classifier.ts [DATA_DIR]
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../src/ingest/index.js';
import { MODEL_VERSION, calibrate, parseLabelledRecommendations, pruneModel, trainChildRightsModel, type ModelFile } from '../src/extract/classifier/index.js';

const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];
const dir = resolve(process.argv[2] ?? '../shared/data/upr-info');
const out = fileURLToPath(new URL('../data/models/child-rights-model.json', import.meta.url));

if (!FILES.every((f) => existsSync(join(dir, f)))) {
  console.error(`train-classifier: the UPR Info exports are not in ${dir} (${FILES.join(', ')})`);
  process.exit(1);
}
const started = Date.now();
const rows = FILES.flatMap((f) => parseLabelledRecommendations(decodeText(readFileSync(join(dir, f))).text, f));
const model = pruneModel(trainChildRightsModel(rows));
// Thresholds for borderline texts from out-of-fold probabilities (4 session-grouped folds of the same rows).
const { thresholds } = calibrate(rows, 4);
const file: ModelFile = {
  version: MODEL_VERSION,
  trainedOn: FILES.map((f) => ({ file: `upr-info/${f}`, rows: rows.filter((r) => r.file === f).length, positives: rows.filter((r) => r.file === f && r.uprInfoChildRights).length })),
  trainedAt: new Date().toISOString(),
  model,
  thresholds,
};
mkdirSync(fileURLToPath(new URL('../data/models/', import.meta.url)), { recursive: true });
const json = JSON.stringify(file, null, 0);
writeFileSync(out, json + '\n');
console.log(`trained ${MODEL_VERSION} on ${rows.length} rows (${rows.filter((r) => r.uprInfoChildRights).length} labelled "Rights of the Child") in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`thresholds for borderline English texts: weak cue only p >= ${thresholds.weakCue}, no cue p >= ${thresholds.noCue}`);
console.log(`wrote ${out}: ${Object.keys(model.weights).length} weights, ${(json.length / 1024).toFixed(0)} KB`);
