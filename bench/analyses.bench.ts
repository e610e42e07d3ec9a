// Advocacy analyses (issue 13): each analysis over every loaded record, at 21,355 (the real cycle-1 UPR
// Info exports, classified; continuity, which needs two cycles, with sessions 13–16 added: 30k) and at about 300,000 (fourteen copies, sessions shifted so that cycles 1–4
// occur, all classified). Targets: < 200 ms at 21k, < 500 ms at 300k (median of 5 runs after a warm-up
// that builds the search index). Also: how many of the 247 shared Working Group reports name 3 troika States.
// The civil-society map counts summaries of stakeholders' submissions: Slovenia's three real ones (cycles
// 1-3) stored again for every State (579 summaries, about the UPR's three cycles), in both stores.
import { existsSync, readFileSync, readdirSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, importUhriRows, countRecommendations, searchIds, inTransaction, saveDocument, type Db, type RecommendationFilters } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText, readPdf, readUhriExport, prepareDocument, type PreparedDocument, type UprInfoRow } from '../src/ingest/index.js';
import { extractTroika } from '../src/extract/index.js';
import { classifyRecommendations, classifyUnRecommendations, mapSubmitters } from '../src/pipeline/index.js';
import { allStates, stateByIso3 } from '../src/core/index.js';
import { ANALYSES, runAnalysis } from '../src/analysis/index.js';
import { latencySummary, percentile } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv'];
const REPORTS = resolve('../shared/data/wg-reports');
const SUMMARIES = ['cycle1/g0917008.pdf', 'cycle2/g1409727.pdf', 'cycle3/g1924226.pdf'].map((f) => resolve('../shared/data/slovenia', f));
// Words, not numbers, make each copy's texts new (the import's natural key reads the text's words).
const PREFIXES = ['', 'Urgently, ', 'As a matter of priority, ', 'In consultation with civil society, ', 'With international assistance, ', 'Within the next review period, ',
  'In line with its obligations, ', 'At the national and local levels, ', 'Through legislation and policy, ', 'Step by step, ', 'Without delay, ', 'With adequate resources, ',
  'In cooperation with the treaty bodies, ', 'Together with the national human rights institution, '];

/** Filters each analysis is asked with: the whole store, or what it needs (a State under review, an issue). */
const ASK: Record<string, RecommendationFilters> = {
  'lobbying-targets': { state: ['ZMB'], childIssue: ['corporal_punishment'] },
  continuity: { state: ['GBR'] },
  'crc-gap': { state: ['ZMB'] },
};

/** CRC items on Zambia for the CRC gap: the six real CRC sentences of the UHRI fixture, fifty times (300 items, a State's CRC record over several reviews). */
async function addCrcItems(db: Db): Promise<void> {
  const path = resolve('test/fixtures/uhri/uhri-slovenia.xlsx');
  const crc = (await readUhriExport(readFileSync(path), path)).value.filter((r) => r.body === 'CRC');
  const zambia = stateByIso3('ZMB')!;
  const rows = Array.from({ length: 50 }, (_, k) => crc.map((r, i) => ({ ...r, annotationId: createHash('sha1').update(`crc-bench#${k}#${i}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5'),
    text: r.text.replace(/Slovenia/g, 'Zambia'), statesConcerned: [zambia] }))).flat();
  importUhriRows(db, { kind: 'uhri', path: `${path}#bench`, fileName: 'uhri-slovenia.xlsx', sha256: 'crc-bench', sizeBytes: 1 }, rows);
  classifyUnRecommendations(db);
}

function load(db: Db, copies: number): void {
  const files = FILES.map((f) => ({ f, bytes: readFileSync(join(DIR, f)) })).map(({ f, bytes }) => ({ f, bytes, rows: parseUprInfoCsv(decodeText(bytes).text, f).value }));
  // A State under review has four reviews in sessions 1–54, and the import reads a record of the same review,
  // recommending State and nearly the same text as a correction: each copy also rotates the recommending States.
  const by = [...new Map(files.flatMap((x) => x.rows).flatMap((r) => (r.recommendingState ? [[r.recommendingState.iso3, r.recommendingState]] : []))).values()];
  const slot = new Map(by.map((st, i) => [st.iso3, i]));
  for (let k = 0; k < copies; k++) {
    for (const { f, bytes, rows } of files) {
      const varied: UprInfoRow[] = k === 0 ? rows : rows.map((r) => ({ ...r, text: `${PREFIXES[k]}${r.text}`, session: ((r.session - 1 + 12 * k) % 54) + 1,
        recommendingState: r.recommendingState && by[(slot.get(r.recommendingState.iso3)! + 7 * k) % by.length]! }));
      importUprInfoRows(db, { kind: 'upr-info-csv', path: `${f}#${k}`, fileName: f, sha256: createHash('sha256').update(bytes).update(String(k)).digest('hex'), sizeBytes: bytes.length }, varied);
    }
  }
}

/** Stores the three Slovenia summaries again under every State (symbol and review changed) with their civil-society map. */
function loadSummaries(db: Db, docs: readonly PreparedDocument[]): number {
  let n = 0;
  const t0 = Date.now();
  inTransaction(db, () => {
    for (const { iso3 } of allStates()) {
      for (const d of docs) {
        const r = d.recognition;
        const saved = saveDocument(db, {
          source: { kind: 'document', path: `${d.path}#${iso3}`, fileName: d.fileName, sha256: createHash('sha256').update(d.sha256).update(iso3).digest('hex'), sizeBytes: d.sizeBytes },
          // Other States' copies leave the session to the recommendations' import (their reviews are in other sessions).
          symbol: r.symbol!.replace('/SVN/', `/${iso3}/`), type: r.type, language: r.language, title: r.title, stateIso3: iso3, cycle: r.cycle, session: iso3 === 'SVN' ? r.session : null, corrects: null,
          format: d.text.format, ocr: false, pageCount: d.text.pages.length, text: d.segmented.text, html: null, paragraphs: d.segmented.paragraphs, footnotes: d.segmented.footnotes,
        });
        mapSubmitters(db, saved.id, r.symbol);
        n++;
      }
    }
  });
  console.log(`stored and mapped ${n} summaries of stakeholders' submissions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return n;
}

/** Classifies every stored recommendation (the copies too: their texts differ by a prefix). */
function classify(db: Db): void {
  classifyRecommendations(db, searchIds(db, {}, { limit: null, sort: 'session' }).ids);
}

function measure(db: Db, target: number, only?: string[]): void {
  const n = countRecommendations(db);
  for (const a of ANALYSES.filter((x) => !only || only.includes(x.name))) {
    const f = ASK[a.name] ?? {};
    let note = '';
    const w0 = process.hrtime.bigint();
    try {
      runAnalysis(db, a.name, f); // warm-up: the search index (the civil-society map: the stored maps)
    } catch (err) {
      console.log(`${a.name}, ${n} records: not measured (${(err as Error).message})`);
      continue;
    }
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      runAnalysis(db, a.name, f);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    if (a.name in ASK) note = ` (${JSON.stringify(f)})`;
    if (a.name === 'civil-society') note = ` (first run ${(Number(process.hrtime.bigint() - w0) / 1e6 - samples.reduce((x, y) => x + y, 0)).toFixed(1)} ms; ${indexAlone(db)})`;
    const p50 = percentile([...samples].sort((x, y) => x - y), 50);
    console.log(`${a.name}${note}, ${n} records: ${latencySummary(samples)} (target median < ${target} ms) ${p50 < target ? 'OK' : 'MISSED'}`);
  }
}

/** The share of a first run that is not the analysis's own: the search index, built on a fresh handle (any first analysis after a store change rebuilds it). */
function indexAlone(db: Db): string {
  const fresh = openStore(db.name, { mode: 'read' });
  const t0 = process.hrtime.bigint();
  searchIds(fresh, {}, { limit: 0 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fresh.close();
  return `search index alone ${ms.toFixed(1)} ms`;
}

async function troikas(): Promise<void> {
  const files = readdirSync(REPORTS).filter((f) => f.endsWith('.pdf')).sort();
  let three = 0;
  const other: string[] = [];
  for (let i = 0; i < files.length; i += 2) {
    await Promise.all(files.slice(i, i + 2).map(async (f) => {
      const t = extractTroika((await readPdf(join(REPORTS, f))).text, f).value;
      if (t?.states.length === 3) three++;
      else other.push(`${f}: ${t ? t.states.join(', ') : 'none'}`);
    }));
  }
  console.log(`troika read from the Working Group report introduction: ${three} of ${files.length} reports name 3 States${other.length ? `; others: ${other.join('; ')}` : ''}`);
}

export default async function bench(): Promise<void> {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'upr-analyses-bench-'));
  try {
    const summaries = SUMMARIES.every((f) => existsSync(f)) ? await Promise.all(SUMMARIES.map((f) => prepareDocument(f))) : [];
    const db = openStore(join(tmp, 'x1.db'));
    load(db, 1);
    classify(db);
    await addCrcItems(db);
    measure(db, 200, ANALYSES.map((a) => a.name).filter((x) => x !== 'continuity' && x !== 'civil-society'));
    // Continuity needs two cycles: the real exports of sessions 13–16 (cycle 2) added.
    const c2 = join(DIR, 'upr-info-sessions-13-16.csv');
    if (existsSync(c2)) {
      const bytes = readFileSync(c2);
      importUprInfoRows(db, { kind: 'upr-info-csv', path: c2, fileName: 'upr-info-sessions-13-16.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length },
        parseUprInfoCsv(decodeText(bytes).text, c2).value);
      classifyRecommendations(db, searchIds(db, { session: [13, 14, 15, 16] }, { limit: null }).ids);
      measure(db, 200, ['continuity']);
    }
    loadSummaries(db, summaries);
    measure(db, 200, ['civil-society']);
    db.close();
    const big = openStore(join(tmp, 'x14.db'));
    const t0 = Date.now();
    load(big, 14);
    classify(big);
    loadSummaries(big, summaries);
    await addCrcItems(big);
    console.log(`generated fourteen-times copy (classified) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    measure(big, 500);
    big.close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (existsSync(REPORTS)) await troikas();
}
