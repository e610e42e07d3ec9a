// Issue 12 part 2 (docs/merge.md): UPR Info sessions 13–16 and the 27 cycle-2 Working Group reports (sessions
// 15–16) of ../shared/data, stored in both orders. Prints how many records of each side merged, where merged
// sources disagree, whether both orders give the same store and whether running again adds anything. With
// MERGE_SAMPLE=DIR it also writes DIR/sample-100.json, a random sample (seed 12) of 100 candidate pairs, and
// DIR/unmerged.json, every candidate pair the rule did not merge, for a hand check (test/fixtures/merge).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, importUprInfoRows, mergeFigures, candidatePairs, type Db } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { parseUprInfoCsv, decodeText } from '../src/ingest/index.js';

const CSV = resolve('../shared/data/upr-info/upr-info-sessions-13-16.csv');
const REPORTS = resolve('../shared/data/wg-reports');

function importCsv(db: Db): { added: number; merged: number } {
  const bytes = readFileSync(CSV);
  const rows = parseUprInfoCsv(decodeText(bytes).text, CSV).value;
  const file = { kind: 'upr-info-csv' as const, path: CSV, fileName: 'upr-info-sessions-13-16.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length };
  return importUprInfoRows(db, file, rows);
}

/** The store's recommendations and their sources, independent of row ids. */
function snapshot(db: Db): string {
  return JSON.stringify(db.prepare(`SELECT r.natural_key, r.text, r.response, r.response_source, r.action_category,
      (SELECT group_concat(state_iso3) FROM recommendation_states WHERE recommendation_id = r.id) AS states,
      (SELECT group_concat(issue) FROM (SELECT issue FROM recommendation_issues WHERE recommendation_id = r.id ORDER BY issue)) AS issues,
      (SELECT group_concat(k) FROM (SELECT CASE WHEN kind = 'upr_info' THEN claim_key ELSE kind END || '=' || response AS k
        FROM recommendation_claims WHERE recommendation_id = r.id ORDER BY 1)) AS claims
    FROM recommendations r ORDER BY r.natural_key`).all());
}

/** Mulberry32: a small seeded generator, so the sample is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export default async function bench(): Promise<void> {
  if (!existsSync(CSV) || !existsSync(REPORTS)) {
    console.log(`SKIPPED: ${CSV} or ${REPORTS} not found`);
    return;
  }
  const reports = readdirSync(REPORTS).filter((f) => f.endsWith('2013.pdf')).sort().map((f) => join(REPORTS, f));
  const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-merge-'));
  try {
    const a = openStore(join(tmp, 'a.db'));
    const b = openStore(join(tmp, 'b.db'));
    let t = performance.now();
    const imported = importCsv(a);
    await ingestDocuments(a, reports, { concurrency: 2 });
    const aMs = performance.now() - t;
    t = performance.now();
    await ingestDocuments(b, reports, { concurrency: 2 });
    const importedAfter = importCsv(b);
    const bMs = performance.now() - t;
    const before = snapshot(a);
    const again = importCsv(a);
    await ingestDocuments(a, reports, { concurrency: 2 });

    const f = mergeFigures(a);
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
    console.log(`${reports.length} Working Group reports (cycle 2) and UPR Info sessions 13–16: ${f.reviews} reviews with both`);
    console.log(`UPR Info records of those reviews: ${f.uprInfoRecords}, merged ${f.uprInfoMerged} (${pct(f.uprInfoMerged, f.uprInfoRecords)}), unmerged ${f.uprInfoRecords - f.uprInfoMerged}`);
    console.log(`extracted recommendations: ${f.extracted}, with a UPR Info source ${f.extractedWithUprInfo} (${pct(f.extractedWithUprInfo, f.extracted)}), without ${f.extracted - f.extractedWithUprInfo}`);
    console.log(`merged recommendations whose sources disagree: ${Object.entries(f.disagreement).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    console.log(`UPR Info first then reports: ${(aMs / 1000).toFixed(1)} s (${imported.merged} merged at import: 0 expected); reports first then UPR Info: ${(bMs / 1000).toFixed(1)} s (${importedAfter.merged} merged at import)`);
    console.log(`both orders give the same store: ${snapshot(a) === snapshot(b) ? 'yes' : 'NO'}; running again adds ${again.added} and changes the store: ${snapshot(a) === before ? 'no' : 'YES'}`);
    const out = process.env.MERGE_SAMPLE;
    if (out) {
      // In the order of the UPR Info file, so the sample does not depend on the rule being measured.
      const line = (p: { uprInfo: { locator: string } }) => Number(/\d+/.exec(p.uprInfo.locator)?.[0] ?? 0);
      const pairs = candidatePairs(a).sort((x, y) => line(x) - line(y));
      const rnd = random(12);
      for (let i = pairs.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
      }
      const unmerged = pairs.filter((p) => !p.merged);
      writeFileSync(join(out, 'sample-100.json'), JSON.stringify(pairs.slice(0, 100), null, 2) + '\n');
      writeFileSync(join(out, 'unmerged.json'), JSON.stringify(unmerged, null, 2) + '\n');
      if (process.env.MERGE_ALL) writeFileSync(join(out, 'all.json'), JSON.stringify(pairs, null, 2) + '\n');
      console.log(`${pairs.length} candidate pairs (${unmerged.length} not merged); a sample of 100 and the unmerged written to ${out}`);
    }
    a.close();
    b.close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
