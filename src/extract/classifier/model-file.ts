// The trained model shipped in data/models/: its file format, and loading it without network or configuration.
// The path is resolved from this module, so it works from src/ (tsx) and from dist/ (both three levels below the root).
import { readFileSync } from 'node:fs';
import { UprError } from '../../core/index.js';
import type { LogisticModel } from './logistic.js';
import type { Thresholds } from './calibration.js';

export const MODEL_FILE_URL = new URL('../../../data/models/child-rights-model.json', import.meta.url);

export interface ModelFile {
  /** Equals MODEL_VERSION of the code that trained it. */
  version: string;
  trainedOn: { file: string; rows: number; positives: number }[];
  trainedAt: string;
  model: LogisticModel;
  /** Thresholds for borderline texts, chosen by session-grouped cross-validation of the training rows. */
  thresholds?: Thresholds;
}

let cached: ModelFile | undefined;

/** Reads the shipped model once (it is immutable data, so caching it is safe). Throws `not_found` when absent. */
export function loadModelFile(url: URL = MODEL_FILE_URL): ModelFile {
  if (url === MODEL_FILE_URL && cached) return cached;
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch {
    throw new UprError('not_found', `classifier model not found at ${url.pathname}; run \`npm run train\``, { file: url.pathname });
  }
  const parsed = JSON.parse(text) as ModelFile;
  if (typeof parsed.version !== 'string' || typeof parsed.model?.bias !== 'number') {
    throw new UprError('parse_failed', 'classifier model file is not in the expected format', { file: url.pathname });
  }
  if (url === MODEL_FILE_URL) cached = parsed;
  return parsed;
}
