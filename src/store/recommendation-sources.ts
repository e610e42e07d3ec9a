// Each source's claim about a recommendation (migration 010, docs/merge.md) and the values the recommendation
// row keeps: the position and the text chosen among its claims by precedence.
import type { Db } from './database.js';
import type { ClaimKind, Response, SourceClaim } from '../core/index.js';
import { CLAIM_PRECEDENCE } from '../core/index.js';
import { cachedStatement } from './statements.js';

/** One source's claim, as an importer hands it over. */
export interface ClaimInput {
  kind: ClaimKind;
  /** The source's own identity of the claim (UPR Info natural key, or `<kind>:<recommendation id>`). */
  claimKey: string;
  sourceId: number;
  documentId: number | null;
  documentSymbol: string | null;
  locator: string;
  paragraph: string | null;
  /** Null when the source states only a position (an addendum). */
  text: string | null;
  response: Response;
  responseSource: string | null;
  recommendingStates: string[];
}

/** The claim key of a document's claim: one per kind of document and recommendation (a newer version replaces it). */
export function documentClaimKey(kind: ClaimKind, recommendationId: number): string {
  return `${kind}:${recommendationId}`;
}

/** Inserts the claim, or updates the one with its key (also moving it to `recommendationId`); true when it changed. */
export function saveClaim(db: Db, recommendationId: number, c: ClaimInput): boolean {
  return cachedStatement(db, `INSERT INTO recommendation_claims (recommendation_id, kind, precedence, claim_key, source_id, document_id,
      document_symbol, locator, paragraph, text, response, response_source, recommending_states)
    VALUES (@recommendationId, @kind, @precedence, @claimKey, @sourceId, @documentId, @documentSymbol, @locator, @paragraph, @text,
      @response, @responseSource, @states)
    ON CONFLICT (claim_key) DO UPDATE SET recommendation_id = excluded.recommendation_id, source_id = excluded.source_id,
      document_id = excluded.document_id, document_symbol = excluded.document_symbol, locator = excluded.locator,
      paragraph = excluded.paragraph, text = excluded.text, response = excluded.response, response_source = excluded.response_source,
      recommending_states = excluded.recommending_states
    WHERE recommendation_id IS NOT excluded.recommendation_id OR source_id IS NOT excluded.source_id OR document_id IS NOT excluded.document_id
      OR locator IS NOT excluded.locator OR paragraph IS NOT excluded.paragraph OR text IS NOT excluded.text
      OR response IS NOT excluded.response OR response_source IS NOT excluded.response_source
      OR recommending_states IS NOT excluded.recommending_states`)
    .run({ ...c, recommendationId, precedence: CLAIM_PRECEDENCE[c.kind], states: JSON.stringify(c.recommendingStates) }).changes > 0;
}

/** Gives a claim its source's new identity (a corrected UPR Info record changes its natural key). */
export function renameClaim(db: Db, from: string, to: string): void {
  if (from !== to) cachedStatement(db, 'UPDATE recommendation_claims SET claim_key = ? WHERE claim_key = ?').run(to, from);
}

/** Sets the position a document states on a recommendation in that document's claim (inserting a position-only claim). */
export function saveClaimPosition(db: Db, recommendationId: number, kind: ClaimKind,
  p: { sourceId: number; documentId: number | null; documentSymbol: string | null; locator: string; response: Response; responseSource: string }): void {
  cachedStatement(db, `INSERT INTO recommendation_claims (recommendation_id, kind, precedence, claim_key, source_id, document_id, document_symbol,
      locator, response, response_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (claim_key) DO UPDATE SET response = excluded.response, response_source = excluded.response_source
    WHERE response IS NOT excluded.response OR response_source IS NOT excluded.response_source`)
    .run(recommendationId, kind, CLAIM_PRECEDENCE[kind], documentClaimKey(kind, recommendationId), p.sourceId, p.documentId,
      p.documentSymbol, p.locator, p.response, p.responseSource);
}

/** The recommendation a claim key is attached to, with the claim's text and position; undefined when unknown. */
export function findClaim(db: Db, claimKey: string): { recommendationId: number; text: string | null; response: Response; responseSource: string | null } | undefined {
  return cachedStatement(db, `SELECT recommendation_id AS recommendationId, text, response, response_source AS responseSource
    FROM recommendation_claims WHERE claim_key = ?`).get(claimKey) as ReturnType<typeof findClaim>;
}

interface ClaimRow { kind: ClaimKind; precedence: number; documentSymbol: string | null; locator: string; paragraph: string | null;
  text: string | null; response: Response; responseSource: string | null; states: string; file: string }

const CLAIMS_SQL = `SELECT c.recommendation_id AS recommendationId, c.kind, c.precedence, c.document_symbol AS documentSymbol, c.locator,
    c.paragraph, c.text, c.response, c.response_source AS responseSource, c.recommending_states AS states, s.file_name AS file
  FROM recommendation_claims c JOIN sources s ON s.id = c.source_id`;

const toClaim = (r: ClaimRow): SourceClaim => ({ kind: r.kind, precedence: r.precedence, file: r.file, documentSymbol: r.documentSymbol,
  locator: r.locator, paragraph: r.paragraph, text: r.text, response: r.response, responseSource: r.responseSource,
  recommendingStates: JSON.parse(r.states) as string[] });

/** Every claim of each recommendation of `ids`, highest precedence first. */
export function getClaims(db: Db, ids: readonly number[]): Map<number, SourceClaim[]> {
  const out = new Map<number, SourceClaim[]>();
  const stmt = db.prepare(`${CLAIMS_SQL} WHERE c.recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY c.precedence DESC, c.id`);
  for (let i = 0; i < ids.length; i += 5000) {
    for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 5000))) as (ClaimRow & { recommendationId: number })[]) {
      const list = out.get(r.recommendationId) ?? [];
      list.push(toClaim(r));
      out.set(r.recommendationId, list);
    }
  }
  return out;
}

/**
 * Sets the recommendation's position, text and recommending States to those chosen among its claims: the
 * position of the highest precedence among those stating supported/noted (else pending; latest among equals),
 * the text and States of the highest-precedence claim carrying a text (a thematic list's copy ranks below
 * the report it copies and UPR Info's edit below both).
 */
export function refreshChosen(db: Db, recommendationId: number): void {
  const best = cachedStatement(db, `SELECT response, response_source AS source FROM recommendation_claims
    WHERE recommendation_id = ? AND response <> 'unknown'
    ORDER BY response IN ('supported', 'noted') DESC, precedence DESC, id DESC LIMIT 1`).get(recommendationId) as
    | { response: Response; source: string | null } | undefined;
  if (best) {
    cachedStatement(db, 'UPDATE recommendations SET response = ?, response_source = ? WHERE id = ? AND (response IS NOT ? OR response_source IS NOT ?)')
      .run(best.response, best.source, recommendationId, best.response, best.source);
  }
  const text = cachedStatement(db, `SELECT text, recommending_states AS states FROM recommendation_claims
    WHERE recommendation_id = ? AND text IS NOT NULL
    ORDER BY CASE kind WHEN 'uhri' THEN 4 WHEN 'wg_report' THEN 3 WHEN 'thematic_list' THEN 2 ELSE 1 END DESC, id LIMIT 1`).get(recommendationId) as
    | { text: string; states: string } | undefined;
  if (!text) return;
  cachedStatement(db, 'UPDATE recommendations SET text = ? WHERE id = ? AND text IS NOT ?').run(text.text, recommendationId, text.text);
  const wanted = JSON.parse(text.states) as string[];
  const current = (cachedStatement(db, 'SELECT state_iso3 AS iso3 FROM recommendation_states WHERE recommendation_id = ? ORDER BY position')
    .all(recommendationId) as { iso3: string }[]).map((s) => s.iso3);
  if (wanted.length === 0 || current.join() === wanted.join()) return;
  cachedStatement(db, 'DELETE FROM recommendation_states WHERE recommendation_id = ?').run(recommendationId);
  const add = cachedStatement(db, 'INSERT OR IGNORE INTO recommendation_states (recommendation_id, state_iso3, position) VALUES (?, ?, ?)');
  wanted.forEach((iso3, i) => add.run(recommendationId, iso3, i));
}
