// The update service: for each review, fetch its documents (src/fetch), ingest what is new (the ingest
// service), classify its recommendations not yet classified, and say what changed. Running it again with
// nothing new on the server changes nothing and says so.
import type { Db } from '../store/index.js';
import { recommendationsToClassify, reviewSnapshot } from '../store/index.js';
import { fetchDocuments, planReview, type FetchOptions, type FetchOutcome } from '../fetch/index.js';
import { ingestDocuments } from './ingest-documents.js';
import { classifyRecommendations, MODEL_VERSION } from './classify.js';
import type { IngestEvent } from './types.js';

export interface UpdateTarget {
  iso3: string;
  cycle: number;
  /** Working Group report symbols given by the user (else what the store knows). */
  symbols?: readonly string[];
}

export interface ReviewUpdate {
  iso3: string;
  cycle: number;
  session: number;
  documentsNew: number;
  documentsUpdated: number;
  recommendationsAdded: number;
  /** Positions (recommendation × document stating it) new or with another response than before. */
  positionsChanged: number;
  classified: number;
  /** Documents that could not be fetched or stored, with the reason. */
  failures: string[];
  /** What could not be derived (the Working Group report symbol) and how to pass it. */
  missing: string | null;
  fetched: FetchOutcome[];
}

export type UpdateEvent = { kind: 'review'; iso3: string; cycle: number; done: number; total: number } | { kind: 'ingest'; event: IngestEvent };

/** Updates each review in turn; a review whose documents fail does not stop the others. */
export async function updateReviews(db: Db, targets: readonly UpdateTarget[], fetch: FetchOptions, onEvent?: (e: UpdateEvent) => void): Promise<ReviewUpdate[]> {
  const out: ReviewUpdate[] = [];
  for (const [i, t] of targets.entries()) {
    onEvent?.({ kind: 'review', iso3: t.iso3, cycle: t.cycle, done: i, total: targets.length });
    out.push(await updateReview(db, t, fetch, onEvent));
  }
  return out;
}

async function updateReview(db: Db, t: UpdateTarget, fetchOptions: FetchOptions, onEvent?: (e: UpdateEvent) => void): Promise<ReviewUpdate> {
  const plan = planReview(db, t.iso3, t.cycle, t.symbols ?? []);
  const fetched = await fetchDocuments(plan.requests, fetchOptions);
  const failures = fetched.filter((o) => o.status === 'failed').map((o) => `${o.symbol}: ${o.reason}`);
  const files = fetched.filter((o) => o.path && o.status !== 'failed');
  const before = reviewSnapshot(db, t.iso3, t.cycle);
  const ingested = files.length === 0 ? null
    : await ingestDocuments(db, files.map((o) => o.path!), { onProgress: (event) => onEvent?.({ kind: 'ingest', event }) });
  const after = reviewSnapshot(db, t.iso3, t.cycle);
  const statusOf = new Map(files.map((o) => [o.path!, o.status]));
  let documentsNew = 0;
  let documentsUpdated = 0;
  for (const o of ingested?.outcomes ?? []) {
    if (o.status === 'failed') failures.push(`${o.file}: ${o.reasons.join('; ')}`);
    if (o.status !== 'ok' && o.status !== 'needs review') continue;
    if (statusOf.get(o.file) === 'updated' || (o.version ?? 1) > 1) documentsUpdated++; // a new version replaced the stored one
    else documentsNew++;
  }
  const toClassify = recommendationsToClassify(db, t.iso3, t.cycle, MODEL_VERSION);
  const { classified } = classifyRecommendations(db, toClassify);
  return {
    iso3: t.iso3, cycle: t.cycle, session: plan.session, documentsNew, documentsUpdated,
    recommendationsAdded: after.recommendations - before.recommendations,
    positionsChanged: [...after.positions].filter((p) => !before.positions.has(p)).length,
    classified, failures, missing: plan.missing, fetched,
  };
}
