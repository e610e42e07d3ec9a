// One recommendation, many sources (docs/merge.md): a source's record that the merge rule finds to be a
// recommendation already stored from another source becomes a claim of that recommendation instead of a
// row of its own. Rows anchor by origin: a document's row (report or thematic list) > a UHRI row > a UPR Info
// row. A claim attaches to a higher-ranked row when it arrives after it; a higher-ranked row absorbs the
// lower-ranked rows of its review when it arrives after them, so both orders give the same store.
import type { Db } from './database.js';
import { chooseMergeTarget, tokenise, type MergeCandidate, type Tokenised } from '../core/index.js';
import { refreshChosen, saveClaim, type ClaimInput } from './recommendation-sources.js';
import { cachedStatement } from './statements.js';
import { moveFollowUp } from './follow-up.js';

/** The origin of a recommendations row (its first source), ranked as a merge anchor. */
export const ORIGIN_RANK: Readonly<Record<string, number>> = { 'upr-info': 1, uhri: 2, document: 3 };

interface Row extends MergeCandidate { id: number; origin: string }

/** Rows of a review whose origin ranks above (`above`) or below `rank`, with their text, States and item number. */
function rowsOfReview(db: Db, reviewId: number, rank: number, above: boolean): Tokenised<Row>[] {
  const rows = cachedStatement(db, `SELECT r.id, r.origin, r.text, r.paragraph,
      COALESCE((SELECT json_group_array(state_iso3) FROM (SELECT state_iso3 FROM recommendation_states s
        WHERE s.recommendation_id = r.id ORDER BY s.position)), '[]') AS states
    FROM recommendations r WHERE r.review_id = ? ORDER BY r.id`).all(reviewId) as { id: number; origin: string; text: string; paragraph: string | null; states: string }[];
  return rows
    .filter((r) => (above ? (ORIGIN_RANK[r.origin] ?? 0) > rank : (ORIGIN_RANK[r.origin] ?? 0) < rank))
    .map((r) => tokenise({ id: r.id, origin: r.origin, text: r.text, paragraph: r.paragraph, recommendingStates: JSON.parse(r.states) as string[] }));
}

/** Kind of the claims a row of each origin brings when folded or attached. */
const KIND_OF_ORIGIN: Readonly<Record<string, string>> = { 'upr-info': 'upr_info', uhri: 'uhri' };

/**
 * Which rows already hold a claim of a source kind by a given set of States: `${row}|${kind}|${states}`.
 * Read once per review, then kept up to date by the caller as claims attach.
 */
function takenClaims(db: Db, rowIds: readonly number[]): Set<string> {
  const rows = db.prepare(`SELECT recommendation_id AS id, kind, recommending_states AS states FROM recommendation_claims
    WHERE recommendation_id IN (SELECT value FROM json_each(?)) AND kind IN ('upr_info', 'uhri')`).all(JSON.stringify(rowIds)) as { id: number; kind: string; states: string }[];
  return new Set(rows.map((r) => `${r.id}|${r.kind}|${(JSON.parse(r.states) as string[]).join()}`));
}

/** Extras a merged record brings to the recommendation: UPR Info's issues and action category. */
export interface ClaimExtras {
  issues: readonly string[];
  actionCategory: number | null;
}

export interface ClaimMerger {
  /**
   * Attaches `claim` (of a record whose own row would have origin `origin`) to the row of the review it is,
   * if the merge rule finds one among higher-ranked rows; returns that row's id, or undefined (the caller
   * then stores a row of its own).
   */
  attach(reviewId: number, origin: string, claim: ClaimInput, extras: ClaimExtras): number | undefined;
}

/** A merger for one batch (one import): the anchor rows of each review are read once. */
export function claimMerger(db: Db): ClaimMerger {
  const anchors = new Map<string, Tokenised<Row>[]>();
  const taken = new Set<string>();
  return {
    attach(reviewId, origin, claim, extras) {
      if (claim.text === null) return undefined;
      const rank = ORIGIN_RANK[origin] ?? 0;
      const key = `${reviewId}|${rank}`;
      let targets = anchors.get(key);
      if (!targets) {
        anchors.set(key, (targets = rowsOfReview(db, reviewId, rank, true)));
        for (const mark of takenClaims(db, targets.map((t) => t.id))) taken.add(mark); // in place: one copy per review would grow with the batch
      }
      const mark = (id: number) => `${id}|${claim.kind}|${claim.recommendingStates.join()}`;
      const target = chooseMergeTarget(tokenise({ text: claim.text, recommendingStates: claim.recommendingStates, paragraph: claim.paragraph }), targets,
        (t) => taken.has(mark(t.id)));
      if (!target) return undefined;
      taken.add(mark(target.id));
      saveClaim(db, target.id, claim);
      addExtras(db, target.id, extras);
      refreshChosen(db, target.id);
      return target.id;
    },
  };
}

function addExtras(db: Db, id: number, extras: ClaimExtras): void {
  const addIssue = cachedStatement(db, 'INSERT OR IGNORE INTO recommendation_issues (recommendation_id, issue) VALUES (?, ?)');
  for (const issue of extras.issues) addIssue.run(id, issue);
  if (extras.actionCategory !== null) {
    cachedStatement(db, 'UPDATE recommendations SET action_category = ? WHERE id = ? AND action_category IS NULL').run(extras.actionCategory, id);
  }
}

/**
 * Folds every row of the review ranked below `origin` that the merge rule finds to be one of the review's
 * higher-ranked rows into it: its claims, issues, action category and history move, the row goes.
 * Returns how many rows were folded.
 */
export function absorbMatching(db: Db, reviewId: number, origin: string): number {
  const rank = ORIGIN_RANK[origin] ?? 0;
  const lower = rowsOfReview(db, reviewId, rank, false);
  if (lower.length === 0) return 0;
  const anchors = new Map<number, Tokenised<Row>[]>();
  let taken: Set<string> | undefined;
  let folded = 0;
  for (const row of lower) {
    const own = ORIGIN_RANK[row.origin] ?? 0;
    let targets = anchors.get(own);
    if (!targets) anchors.set(own, (targets = rowsOfReview(db, reviewId, own, true)));
    taken ??= takenClaims(db, rowsOfReview(db, reviewId, 1, true).map((t) => t.id));
    const mark = (id: number) => `${id}|${KIND_OF_ORIGIN[row.origin] ?? row.origin}|${row.recommendingStates.join()}`;
    const target = chooseMergeTarget(row, targets, (t) => taken!.has(mark(t.id)));
    if (!target) continue;
    taken.add(mark(target.id));
    fold(db, row.id, target.id);
    folded++;
    if (own > 1) anchors.clear(); // the folded row was itself an anchor of lower rows
  }
  return folded;
}

function fold(db: Db, from: number, to: number): void {
  const extras = cachedStatement(db, 'SELECT action_category AS actionCategory FROM recommendations WHERE id = ?').get(from) as { actionCategory: number | null };
  const issues = (cachedStatement(db, 'SELECT issue FROM recommendation_issues WHERE recommendation_id = ? ORDER BY issue').all(from) as { issue: string }[]).map((r) => r.issue);
  cachedStatement(db, 'UPDATE recommendation_claims SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  cachedStatement(db, 'UPDATE recommendation_history SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  cachedStatement(db, 'UPDATE uhri_annotations SET recommendation_id = ? WHERE recommendation_id = ?').run(to, from);
  moveFollowUp(db, from, to); // workspaces' assessments, evidence, plan and mid-term links follow the surviving row
  addExtras(db, to, { issues, actionCategory: extras.actionCategory });
  cachedStatement(db, 'DELETE FROM recommendations WHERE id = ?').run(from);
  refreshChosen(db, to);
}
