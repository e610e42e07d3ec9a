// `upr ingest` over the Working Group reports of ../shared/data/wg-reports (issues 4a and 10): the whole
// ingest service (read, recognise, segment, store, extract; 2 files at a time; files read in worker
// threads as `upr ingest` does, and in the main thread for comparison) beside `pdftotext -layout` alone
// on the same files, one at a time and two at a time. Targets: ingest under 60 s, and at most
// 1.5 × pdftotext alone run one file at a time.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { sessionsOfState } from '../src/core/sessions.js';

const DIR = resolve('../shared/data/wg-reports');
const CONCURRENCY = 2;
const run = promisify(execFile);

async function pdftotext(files: string[], concurrency: number): Promise<number> {
  const t = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < files.length) await run('pdftotext', ['-layout', '-enc', 'UTF-8', files[next++]!, '-'], { maxBuffer: 256 << 20 });
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - t;
}

export default async function bench(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(DIR, f));
  const sequentialMs = await pdftotext(files, 1);
  const pairsMs = await pdftotext(files, CONCURRENCY);

  const ingest = async (readInWorkers: boolean) => {
    const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-ingest-'));
    const db = openStore(join(tmp, 'bench.db'));
    try {
      const t = performance.now();
      const result = await ingestDocuments(db, [DIR], { concurrency: CONCURRENCY, readInWorkers });
      const ms = performance.now() - t;
      const numbered = (db.prepare('SELECT count(*) AS n FROM document_paragraphs WHERE number IS NOT NULL').get() as { n: number }).n;
      return { ...result, ms, numbered };
    } finally {
      db.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  };
  const inThreadMs = (await ingest(false)).ms;
  const { outcomes, summary, ms: ingestMs, numbered } = await ingest(true);

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const count = (pred: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(pred).length;
  console.log(`${files.length} Working Group report PDFs`);
  console.log(`pdftotext -layout alone, one at a time: ${s(sequentialMs)}`);
  console.log(`pdftotext -layout alone, ${CONCURRENCY} at a time:   ${s(pairsMs)}`);
  console.log(`ingest, files read in this thread:      ${s(inThreadMs)}`);
  console.log(`ingest (ingestDocuments, ${CONCURRENCY} at a time, files read in worker threads): ${s(ingestMs)} (target < 60 s); ` +
    `${summary.stored} stored, ${summary.failed} failed, ${outcomes.reduce((n, o) => n + o.recommendations, 0)} recommendations`);
  console.log(`ratio ingest / pdftotext one at a time: ${(ingestMs / sequentialMs).toFixed(2)} (target ≤ 1.5); ` +
    `/ pdftotext ${CONCURRENCY} at a time: ${(ingestMs / pairsMs).toFixed(2)}`);
  console.log(`recognised: symbol ${count((o) => o.symbol !== null)}, wg_report ${count((o) => o.type === 'wg_report')}, ` +
    `State ${count((o) => o.state !== null)}, session ${count((o) => o.session !== null)}, ` +
    `paragraphs ${outcomes.reduce((n, o) => n + o.paragraphs, 0)} (numbered ${numbered})`);
  const consistent = count((o) => o.state !== null && sessionsOfState(o.state).some((x) => x.number === o.session));
  console.log(`session is one in which the recognised State was reviewed (reference data): ${consistent}/${outcomes.length}`);
  const odd = outcomes.filter((o) => o.type !== 'wg_report' || !o.state || o.session === null);
  for (const o of odd.slice(0, 15)) console.log(`  check: ${o.file.split('/').pop()} → ${o.symbol ?? '—'} ${o.type} ${o.state ?? '?'} session ${o.session ?? '?'}`);
}
