// Classifying every UPR Info recommendation with the children's-rights classifier (issue 3).
// Target: all 21,355 recommendations in under 3 s (model loaded once beforehand).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../src/ingest/index.js';
import { classifyText, loadModelFile, parseLabelledRecommendations, MODEL_VERSION } from '../src/extract/classifier/index.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];

export default function bench(): void {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const rows = FILES.flatMap((f) => parseLabelledRecommendations(decodeText(readFileSync(join(DIR, f))).text, f));
  const t0 = performance.now();
  loadModelFile();
  const loadMs = performance.now() - t0;
  const runs: number[] = [];
  let yes = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    yes = 0;
    for (const r of rows) if (classifyText(r.text, 'en').isChildRights) yes++;
    runs.push(performance.now() - start);
  }
  const best = Math.min(...runs) / 1000;
  const worst = Math.max(...runs) / 1000;
  console.log(`classifier ${MODEL_VERSION}: model loaded in ${loadMs.toFixed(0)} ms`);
  console.log(`classify ${rows.length} recommendations: best ${best.toFixed(2)} s, worst ${worst.toFixed(2)} s of 3 runs (target < 3 s) ${worst < 3 ? 'OK' : 'OVER TARGET'}`);
  console.log(`  ${yes} judged to concern children's rights; ${((rows.length / best) | 0)} texts/s`);
}
