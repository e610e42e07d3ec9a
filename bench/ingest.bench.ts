// `upr ingest` over the Working Group reports of ../shared/data/wg-reports (issues 4a and 10): the whole
// ingest service (read, recognise, segment, store, extract; 2 files at a time; files read in worker
// threads as `upr ingest` does, and in the main thread for comparison) beside `pdftotext -layout` alone
// on the same files, one at a time and two at a time. Targets: ingest under 60 s, and at most
// 1.5 × pdftotext alone run one file at a time. Wall time depends on what else the machine runs, so
// each run also prints its CPU time (this process's threads and its pdftotext children) and the load.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '../src/store/index.js';
import { ingestDocuments } from '../src/pipeline/index.js';
import { sessionsOfState } from '../src/core/sessions.js';

const DIR = resolve('../shared/data/wg-reports');
const CONCURRENCY = 2;
const run = promisify(execFile);

/** CPU seconds so far: this process (every thread) and its child processes that ended (Linux `/proc`, else NaN). */
function cpuSeconds(): { node: number; children: number } {
  const u = process.cpuUsage();
  let children = NaN;
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' '); // fields 16-17: cutime, cstime
    children = (Number(f[13]) + Number(f[14])) / 100; // clock ticks of 1/100 s on Linux
  } catch {
    // not Linux: children's time unknown
  }
  return { node: (u.user + u.system) / 1e6, children };
}

/** Wall and CPU time of `f`, and the load average when it ended. */
async function measure<T>(f: () => Promise<T>): Promise<{ value: T; ms: number; node: number; children: number; load: number }> {
  const c0 = cpuSeconds();
  const t = performance.now();
  const value = await f();
  const ms = performance.now() - t;
  const c1 = cpuSeconds();
  return { value, ms, node: c1.node - c0.node, children: c1.children - c0.children, load: loadavg()[0]! };
}

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
  const load0 = loadavg()[0]!;
  const sequential = await measure(() => pdftotext(files, 1));
  const pairs = await measure(() => pdftotext(files, CONCURRENCY));

  const ingest = async (readInWorkers: boolean) => {
    const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-ingest-'));
    const db = openStore(join(tmp, 'bench.db'));
    try {
      const result = await ingestDocuments(db, [DIR], { concurrency: CONCURRENCY, readInWorkers });
      const numbered = (db.prepare('SELECT count(*) AS n FROM document_paragraphs WHERE number IS NOT NULL').get() as { n: number }).n;
      return { ...result, numbered };
    } finally {
      db.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  };
  const inThread = await measure(() => ingest(false));
  const inWorkers = await measure(() => ingest(true));
  const { outcomes, summary, numbered } = inWorkers.value;

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const cpu = (m: { node: number; children: number }) => `CPU ${(m.node + m.children).toFixed(1)} s (node ${m.node.toFixed(1)} s, child processes ${m.children.toFixed(1)} s)`;
  const count = (pred: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(pred).length;
  console.log(`${files.length} Working Group report PDFs; load average ${load0.toFixed(1)} at the start, ${inWorkers.load.toFixed(1)} at the end (2 cores: above 2 the figures are slowed by other work)`);
  console.log(`pdftotext -layout alone, one at a time: ${s(sequential.ms)}; ${cpu(sequential)}`);
  console.log(`pdftotext -layout alone, ${CONCURRENCY} at a time:   ${s(pairs.ms)}`);
  console.log(`ingest, files read in this thread:      ${s(inThread.ms)}; ${cpu(inThread)}`);
  console.log(`ingest (ingestDocuments, ${CONCURRENCY} at a time, files read in worker threads): ${s(inWorkers.ms)} (target < 60 s); ${cpu(inWorkers)}; ` +
    `${summary.stored} stored, ${summary.failed} failed, ${outcomes.reduce((n, o) => n + o.recommendations, 0)} recommendations`);
  console.log(`ratio ingest / pdftotext one at a time: ${(inWorkers.ms / sequential.ms).toFixed(2)} (target ≤ 1.5); ` +
    `/ pdftotext ${CONCURRENCY} at a time: ${(inWorkers.ms / pairs.ms).toFixed(2)}; ` +
    `CPU ingest / pdftotext: ${((inWorkers.node + inWorkers.children) / (sequential.node + sequential.children)).toFixed(2)}`);
  console.log(`recognised: symbol ${count((o) => o.symbol !== null)}, wg_report ${count((o) => o.type === 'wg_report')}, ` +
    `State ${count((o) => o.state !== null)}, session ${count((o) => o.session !== null)}, ` +
    `paragraphs ${outcomes.reduce((n, o) => n + o.paragraphs, 0)} (numbered ${numbered})`);
  const consistent = count((o) => o.state !== null && sessionsOfState(o.state).some((x) => x.number === o.session));
  console.log(`session is one in which the recognised State was reviewed (reference data): ${consistent}/${outcomes.length}`);
  const odd = outcomes.filter((o) => o.type !== 'wg_report' || !o.state || o.session === null);
  for (const o of odd.slice(0, 15)) console.log(`  check: ${o.file.split('/').pop()} → ${o.symbol ?? '—'} ${o.type} ${o.state ?? '?'} session ${o.session ?? '?'}`);
}
