// `upr ingest` over the 220 Working Group reports of ../shared/data/wg-reports (issue 4a): reading,
// recognising and segmenting (2 files at a time), beside pdftotext alone, then storing with extraction.
// Target: ingest under 60 s.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPdf } from '../src/ingest/pdf.js';
import { prepareDocument, type PreparedDocument } from '../src/ingest/index.js';
import { openStore, inTransaction, saveDocument } from '../src/store/index.js';
import { extractAndStore } from '../src/pipeline/index.js';
import { sessionsOfState } from '../src/core/sessions.js';

const DIR = resolve('../shared/data/wg-reports');
const CONCURRENCY = 2;

async function pool<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

export default async function bench(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(DIR, f));
  let t = performance.now();
  await pool(files, (f) => readPdf(f));
  const pdftotextMs = performance.now() - t;

  t = performance.now();
  const docs: PreparedDocument[] = await pool(files, (f) => prepareDocument(f));
  const prepareMs = performance.now() - t;

  const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-ingest-'));
  const db = openStore(join(tmp, 'bench.db'));
  let recommendations = 0;
  t = performance.now();
  for (const d of docs) {
    const r = d.recognition;
    inTransaction(db, () => {
      const saved = saveDocument(db, {
        source: { kind: 'document', path: d.path, fileName: d.fileName, sha256: d.sha256, sizeBytes: d.sizeBytes },
        symbol: r.symbol, type: r.type, language: r.language, title: r.title, stateIso3: r.stateIso3, cycle: r.cycle, session: r.session,
        corrects: r.corrects, format: d.text.format, ocr: Boolean(d.text.ocr), pageCount: d.text.pages.length, text: d.segmented.text,
        html: null, paragraphs: d.segmented.paragraphs, footnotes: d.segmented.footnotes,
      });
      recommendations += extractAndStore(db, { id: saved.id, sourceId: saved.sourceId, reviewId: saved.reviewId, type: r.type, symbol: r.symbol,
        stateIso3: r.stateIso3, cycle: r.cycle, session: r.session }, d.raw).recommendations;
    });
  }
  const storeMs = performance.now() - t;
  db.close();
  rmSync(tmp, { recursive: true, force: true });

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const count = (pred: (d: PreparedDocument) => boolean) => docs.filter(pred).length;
  console.log(`${files.length} Working Group report PDFs, ${CONCURRENCY} at a time`);
  console.log(`pdftotext alone:                    ${s(pdftotextMs)}`);
  console.log(`read + recognise + segment:         ${s(prepareMs)}`);
  console.log(`store + extraction (part B):        ${s(storeMs)} (${recommendations} recommendations)`);
  console.log(`ingest total:                       ${s(prepareMs + storeMs)} (target < 60 s)`);
  console.log(`recognised: symbol ${count((d) => d.recognition.symbol !== null)}, wg_report ${count((d) => d.recognition.type === 'wg_report')}, ` +
    `State ${count((d) => d.recognition.stateIso3 !== null)}, session ${count((d) => d.recognition.session !== null)}, ` +
    `paragraphs ${docs.reduce((n, d) => n + d.segmented.paragraphs.length, 0)} (numbered ${docs.reduce((n, d) => n + d.segmented.paragraphs.filter((p) => p.number).length, 0)})`);
  const consistent = count((d) => d.recognition.stateIso3 !== null && sessionsOfState(d.recognition.stateIso3).some((x) => x.number === d.recognition.session));
  console.log(`session is one in which the recognised State was reviewed (reference data): ${consistent}/${docs.length}`);
  const odd = docs.filter((d) => d.recognition.type !== 'wg_report' || !d.recognition.stateIso3 || d.recognition.session === null);
  for (const d of odd.slice(0, 15)) console.log(`  check: ${d.fileName} → ${d.recognition.symbol ?? '—'} ${d.recognition.type} ${d.recognition.stateIso3 ?? '?'} session ${d.recognition.session ?? '?'}`);
}
