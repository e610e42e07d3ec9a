// The Working Group report symbols the store knows for a review: from its stored reports and addenda, from
// the positions stated in them, and from other documents of the review that cite a report with its addendum
// (the Council's decision on the outcome cites "A/HRC/43/15 and Add.1").
import type { Db } from './database.js';

export interface KnownReportSymbol {
  /** e.g. `A/HRC/43/15`. */
  symbol: string;
  /** Where the store has it from, e.g. `document A/HRC/DEC/43/112`. */
  via: string;
}

const BASE = /^(A\/HRC\/\d+\/\d+)(?:\/(?:Add|Corr|Rev)\.\d+)*$/i;
const CITED = /A\/HRC\/(\d+)\/(\d+)\/Add\.1\b/g;

/**
 * Report symbols known for the review of `iso3` in `cycle`, most direct evidence first, each once. Citations
 * count only for reports of `councilSession` (the Council session adopting the review's outcome), since the
 * review's documents also cite the previous cycle's report and other Council documents with addenda.
 */
export function knownReportSymbols(db: Db, iso3: string, cycle: number, councilSession: number): KnownReportSymbol[] {
  const out = new Map<string, string>();
  const add = (raw: string | null, via: string) => {
    const m = raw ? BASE.exec(raw.trim()) : null;
    if (m && !out.has(m[1]!.toUpperCase())) out.set(m[1]!.toUpperCase(), via);
  };
  const review = db.prepare('SELECT id FROM reviews WHERE state_iso3 = ? AND cycle = ?').get(iso3, cycle) as { id: number } | undefined;
  if (!review) return [];
  const docs = db.prepare(`SELECT d.symbol, d.type, t.text FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id
    WHERE d.review_id = ? ORDER BY d.id`).all(review.id) as { symbol: string | null; type: string; text: string | null }[];
  for (const d of docs) if (d.type === 'wg_report' || d.type === 'wg_report_addendum') add(d.symbol, `stored document ${d.symbol}`);
  const stated = db.prepare(`SELECT DISTINCT p.document_symbol AS symbol FROM recommendation_positions p
    JOIN recommendations r ON r.id = p.recommendation_id WHERE r.review_id = ? AND p.document_symbol IS NOT NULL`).all(review.id) as { symbol: string }[];
  for (const p of stated) add(p.symbol, `positions stated in ${p.symbol}`);
  for (const d of docs) {
    if (d.type === 'wg_report' || d.type === 'wg_report_addendum' || !d.text) continue;
    for (const m of d.text.matchAll(CITED)) if (Number(m[1]) === councilSession) add(`A/HRC/${m[1]}/${m[2]}`, `cited in ${d.symbol ?? d.type}`);
  }
  return [...out].map(([symbol, via]) => ({ symbol, via }));
}
