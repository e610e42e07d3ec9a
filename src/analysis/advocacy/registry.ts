// The registry of advocacy analyses: each declared once (name, title, parameters, run), and every face
// (`upr analyse`, /api/analyses/<name>, /analyses/<name>, CSV/XLSX) is derived from it.
import type { Db, RecommendationFilters } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import type { Analysis, AnalysisResult } from './types.js';
import { PROMINENCE } from './prominence.js';
import { RECOMMENDING_STATES } from './recommending-states.js';
import { FOCUS_MATRIX } from './focus-matrix.js';
import { RESPONSES_ANALYSIS } from './responses.js';
import { LOBBYING_TARGETS } from './lobbying-targets.js';
import { CONTINUITY } from './continuity.js';
import { CIVIL_SOCIETY } from './civil-society.js';
import { CRC_GAP } from './crc-gap.js';

export const ANALYSES: readonly Analysis[] = [PROMINENCE, RECOMMENDING_STATES, FOCUS_MATRIX, RESPONSES_ANALYSIS, LOBBYING_TARGETS, CONTINUITY, CIVIL_SOCIETY, CRC_GAP];

/** The analysis named `name`; `not_found` listing the names otherwise. */
export function analysisNamed(name: string): Analysis {
  const a = ANALYSES.find((x) => x.name === name);
  if (!a) throw new UprError('not_found', `no analysis "${name}" (one of ${ANALYSES.map((x) => x.name).join(', ')})`, { field: 'analysis', value: name });
  return a;
}

/** Reads the analysis's parameters from raw strings (`field` names where they came from: `--min`, `min`). */
export function readParams(a: Analysis, raw: Record<string, string | undefined>, field: (name: string) => string = (n) => n): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of a.params) {
    const v = raw[p.name];
    if (v === undefined || v === '') {
      if (p.default !== undefined) out[p.name] = p.default;
      continue;
    }
    const n = Number(v);
    if (!Number.isInteger(n) || (p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) {
      throw new UprError('invalid_input', `${field(p.name)} must be a whole number ${p.min ?? 0}-${p.max ?? '…'}, got "${v}"`, { field: field(p.name), value: v });
    }
    out[p.name] = n;
  }
  return out;
}

/** True when the filters hold what the analysis needs (one State, one issue); pages show a form otherwise. */
export function hasRequired(a: Analysis, filters: RecommendationFilters): boolean {
  return (a.requires ?? []).every((r) => (filters[r]?.length ?? 0) === 1);
}

/** Runs analysis `name` over `filters` with raw parameters. */
export function runAnalysis(db: Db, name: string, filters: RecommendationFilters, raw: Record<string, string | undefined> = {}, field?: (name: string) => string): AnalysisResult {
  const a = analysisNamed(name);
  return a.run(db, filters, readParams(a, raw, field));
}
