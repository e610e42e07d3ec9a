// Issue 12, UHRI through the merge (docs/merge.md): UPR Info sessions 13–16 imported and the 27 cycle-2 Working
// Group reports (sessions 15–16) ingested, then a UHRI export of the same reviews, built in memory from UPR
// Info's records of sessions 15–16 (one annotation per distinct text of a review, its recommending States
// together, UPR Info's response as the position; UHRI has no file in ../shared). Prints how many UHRI rows
// joined a report's recommendation, how many recommendations then have all three sources, the import time
// (wall and CPU) and whether importing again adds anything.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, importUprInfoRows, importUhriRows, type Db } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { parseUprInfoCsv, decodeText, type UhriRow, type UprInfoRow } from '../src/ingest/index.js';

const CSV = resolve('../shared/data/upr-info/upr-info-sessions-13-16.csv');
const REPORTS = resolve('../shared/data/wg-reports');

const uuid = (seed: string) => createHash('sha1').update(seed).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5');

/** One UHRI UPR row per distinct text of a review among `rows`, with all its recommending States. */
function uhriRowsOf(rows: UprInfoRow[]): UhriRow[] {
  const groups = new Map<string, UprInfoRow[]>();
  for (const r of rows) {
    if (!r.recommendingState || r.kind !== 'recommendation') continue;
    const key = `${r.stateUnderReview.iso3}|${r.session}|${r.text}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g, i) => {
    const r = g[0]!;
    const position = r.response === 'supported' || r.response === 'noted' ? r.response : 'unknown';
    return {
      line: i + 2, annotationId: uuid(`bench#${r.line}`), text: r.text, body: 'UPR', isUpr: true, types: ['Recommendations'], symbol: null,
      published: null, uhriPublished: null, statesConcerned: [r.stateUnderReview], regionsConcerned: [], recommendingRegions: [],
      themes: [...new Set(g.flatMap((x) => x.issues))], affectedPersons: [], sdgs: [], session: r.session,
      recommendingStates: [...new Map(g.map((x) => [x.recommendingState!.iso3, x.recommendingState!])).values()],
      position, positionRaw: position === 'unknown' ? '' : position[0]!.toUpperCase() + position.slice(1),
    };
  });
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const one = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

export default async function bench(): Promise<void> {
  if (!existsSync(CSV) || !existsSync(REPORTS)) {
    console.log(`SKIPPED: ${CSV} or ${REPORTS} not found`);
    return;
  }
  const reports = readdirSync(REPORTS).filter((f) => f.endsWith('2013.pdf')).sort().map((f) => join(REPORTS, f));
  const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-merge-uhri-'));
  try {
    const db = openStore(join(tmp, 'a.db'));
    const rows = parseUprInfoCsv(decodeText(readFileSync(CSV)).text, CSV).value;
    importUprInfoRows(db, { kind: 'upr-info-csv', path: CSV, fileName: 'upr-info-sessions-13-16.csv', sha256: 'u', sizeBytes: 1 }, rows);
    await ingestDocuments(db, reports, { concurrency: 2 });
    const reviewed = new Set((db.prepare("SELECT DISTINCT v.state_iso3 || '|' || v.session FROM recommendations r JOIN reviews v ON v.id = r.review_id WHERE r.origin = 'document'").pluck().all() as string[]));
    const uhri = uhriRowsOf(rows.filter((r) => reviewed.has(`${r.stateUnderReview.iso3}|${r.session}`)));
    const file = { kind: 'uhri' as const, path: 'uhri.csv', fileName: 'uhri.csv', sha256: 'uhri', sizeBytes: 1 };
    const [t, c] = [performance.now(), cpu()];
    const result = importUhriRows(db, file, uhri);
    const [ms, cpuMs] = [performance.now() - t, cpu() - c];
    const again = importUhriRows(db, file, uhri);
    const docs = one(db, "SELECT count(*) FROM recommendations WHERE origin = 'document'");
    const three = one(db, `SELECT count(*) FROM recommendations r WHERE r.origin = 'document'
      AND EXISTS (SELECT 1 FROM recommendation_claims c WHERE c.recommendation_id = r.id AND c.kind = 'uhri')
      AND EXISTS (SELECT 1 FROM recommendation_claims c WHERE c.recommendation_id = r.id AND c.kind = 'upr_info')`);
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
    console.log(`${reports.length} Working Group reports (cycle 2), UPR Info sessions 13–16, then UHRI rows of the ${reviewed.size} reviews built from UPR Info: ${uhri.length} rows`);
    console.log(`UHRI rows joined to a report's recommendation: ${result.merged} (${pct(result.merged, uhri.length)}); stored as their own: ${result.added - result.merged}, with ${result.absorbed} UPR Info record(s) folded in`);
    console.log(`report recommendations: ${docs}, with UHRI and UPR Info sources: ${three} (${pct(three, docs)})`);
    console.log(`UHRI import: ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU; again: adds ${again.added}, updates ${again.updated}`);
    db.close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
