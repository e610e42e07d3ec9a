// `upr ingest PATH...`: UN documents (PDF, DOCX, DOC; folders recursively) read, recognised, segmented
// and stored, one transaction per file, with recommendations extracted by the extraction bridge.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, CommandContext } from '../command.js';
import { openStore, inTransaction, saveDocument, findDocumentBySha, type Db, type SavedDocument } from '../../store/index.js';
import { prepareDocument, fingerprint, type PreparedDocument } from '../../ingest/index.js';
import { formatProblem } from '../../core/problems.js';
import { UprError, describeError } from '../../core/errors.js';
import { renderTable } from '../table.js';
import { createProgress } from '../progress.js';
import { extractAndStore, type ExtractionSummary, type StoredDocumentRef } from '../ingest-extraction.js';
import { checkAndSaveDocument } from '../document-check.js';
import { EXIT_CODES } from '../exit-codes.js';
import type { CheckResult } from '../../extract/index.js';

export interface IngestOutcome {
  file: string;
  symbol: string | null;
  type: string | null;
  state: string | null;
  session: number | null;
  cycle: number | null;
  language: string | null;
  paragraphs: number;
  recommendations: number;
  positions: number;
  dialogue: number;
  status: string;
  problems: string[];
}

const NEEDS_REVIEW = 'needs review';
const DOCUMENT_FILE = /\.(pdf|docx?|PDF|DOCX?)$/;
const CONCURRENCY = 2;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read UN documents (PDF, DOCX, DOC), recognise them and store their text and recommendations.',
  usage: 'upr ingest PATH... [--json]',
  options: { json: { type: 'boolean', help: 'print the summary as JSON' } },
  help: `PATH may be a file or a folder (read recursively for .pdf, .docx and .doc files). Each document is
recognised from its own text (UN symbol, type, State under review, session, cycle, language), split into
numbered paragraphs and footnotes, and stored in one transaction: a file that fails stores nothing and
the others continue. Ingesting the same file again changes nothing ("already stored").
Scanned PDFs are read by OCR when tesseract is installed.

Example: upr ingest ../shared/data/slovenia`,
  async run(ctx, values, positionals) {
    if (positionals.length === 0) throw new UprError('invalid_input', `no file or folder given\nUsage: ${this.usage}`, { usage: true });
    const files = positionals.flatMap((p) => listFiles(p));
    const db = openStore(ctx.config.db);
    const prepared: Prepared[] = new Array(files.length);
    const progress = createProgress(ctx.stderr, 'ingest');
    let done = 0;
    try {
      // Reading runs two files at a time; storing follows, Working Group reports first so that the
      // positions in addenda, decisions and thematic lists find their recommendations.
      await forEachConcurrently(files, CONCURRENCY, async (file, i) => {
        prepared[i] = await prepareOne(ctx, db, file);
        progress.update(++done, files.length, file.split('/').pop());
      });
      progress.done();
      const order = prepared.map((p, i) => i).sort((a, b) => rank(prepared[a]!) - rank(prepared[b]!) || a - b);
      for (const i of order) storeOne(ctx, db, prepared[i]!);
      await reattachPositions(ctx, db, prepared);
    } finally {
      db.close();
    }
    const outcomes = prepared.map((p) => p.outcome);
    if (values.json) ctx.stdout.write(JSON.stringify(outcomes, null, 2) + '\n');
    else ctx.stdout.write(renderSummary(outcomes));
    if (outcomes.some((o) => o.status.startsWith('failed'))) return EXIT_CODES.failed;
    return outcomes.some((o) => o.status === NEEDS_REVIEW) ? EXIT_CODES.needsReview : EXIT_CODES.ok;
  },
};

function listFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [path]; // reported as "no such file" by ingestOne
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    if (name.startsWith('.')) return [];
    const p = join(path, name);
    return statSync(p).isDirectory() ? listFiles(p) : DOCUMENT_FILE.test(name) ? [p] : [];
  });
}

async function forEachConcurrently<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function emptyOutcome(file: string): IngestOutcome {
  return { file, symbol: null, type: null, state: null, session: null, cycle: null, language: null, paragraphs: 0,
    recommendations: 0, positions: 0, dialogue: 0, status: 'ok', problems: [] };
}

interface Prepared {
  outcome: IngestOutcome;
  doc?: PreparedDocument;
  /** Set once stored by this run. */
  storedId?: number;
  reviewId?: number | null;
}

const rank = (p: Prepared) => (p.doc?.recognition.type === 'wg_report' ? 0 : 1);

/** Reads, recognises and segments a file not yet stored; failures are recorded on the outcome. */
async function prepareOne(ctx: CommandContext, db: Db, file: string): Promise<Prepared> {
  const outcome = emptyOutcome(file);
  try {
    const print = await fingerprint(file);
    const stored = findDocumentBySha(db, print.sha256);
    if (stored) return { outcome: describeStored(db, stored.id, outcome) };
    const doc = await prepareDocument(file, print);
    const r = doc.recognition;
    Object.assign(outcome, { symbol: r.symbol, type: r.type, state: r.stateIso3, session: r.session, cycle: r.cycle,
      language: r.language, paragraphs: doc.segmented.paragraphs.length });
    outcome.problems = doc.problems.map((p) => formatProblem({ ...p, file: undefined }));
    if (!r.isUpr) throw new UprError('invalid_input', outcome.problems[0] ?? 'not a UPR document', { file });
    return { outcome, doc };
  } catch (err) {
    fail(ctx, outcome, err);
    return { outcome };
  }
}

function fail(ctx: CommandContext, outcome: IngestOutcome, err: unknown): void {
  const code = (err as NodeJS.ErrnoException).code;
  const msg = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : describeError(err).replace(`${outcome.file}: `, '');
  outcome.status = `failed: ${msg}`;
  ctx.stderr.write(`${outcome.file}: ${msg}; nothing from this file was stored\n`);
}

/** Stores a prepared file in its own transaction; a failure leaves the store as it was. */
function storeOne(ctx: CommandContext, db: Db, p: Prepared): void {
  if (!p.doc) return;
  const { outcome, doc } = p;
  try {
    const { summary, saved } = storeDocument(db, doc);
    if (summary === 'already stored') {
      p.outcome = describeStored(db, findDocumentBySha(db, doc.sha256)!.id, outcome); // same content twice in one batch
      return;
    }
    p.storedId = saved.id;
    p.reviewId = saved.reviewId;
    Object.assign(outcome, { recommendations: summary.recommendations, positions: summary.positions, dialogue: summary.dialogue });
    outcome.problems.push(...summary.problems);
    if (summary.check && !summary.check.ok) {
      outcome.status = NEEDS_REVIEW;
      outcome.problems.push(...summary.check.reasons.map((r) => `needs review: ${r}`));
    }
    for (const problem of outcome.problems) ctx.stderr.write(`${outcome.file}: ${problem}\n`);
  } catch (err) {
    fail(ctx, outcome, err);
  }
}

/**
 * When a Working Group report arrives after its addendum, decision or thematic list (stored by an earlier
 * run), those documents are read again from their path (if unchanged) so their positions find the
 * report's recommendations. Extraction upserts, so this adds what was missing and changes nothing else.
 */
async function reattachPositions(ctx: CommandContext, db: Db, prepared: Prepared[]): Promise<void> {
  const storedNow = prepared.filter((p) => p.storedId !== undefined);
  const reviews = new Set(storedNow.filter((p) => p.doc!.recognition.type === 'wg_report' && p.reviewId !== null).map((p) => p.reviewId!));
  if (reviews.size === 0) return;
  const now = new Set(storedNow.map((p) => p.storedId!));
  const earlier = db.prepare(`SELECT d.id, d.symbol, d.type, d.review_id AS reviewId, d.source_id AS sourceId, s.path, s.sha256,
      r.state_iso3 AS stateIso3, r.cycle, r.session
    FROM documents d JOIN sources s ON s.id = d.source_id JOIN reviews r ON r.id = d.review_id
    WHERE d.review_id IN (${[...reviews].map(() => '?').join(',')}) AND d.type IN ('wg_report_addendum', 'hrc_decision', 'thematic_list')`)
    .all(...reviews) as (StoredDocumentRef & { path: string; sha256: string })[];
  for (const d of earlier.filter((e) => !now.has(e.id))) {
    try {
      if ((await fingerprint(d.path)).sha256 !== d.sha256) continue;
      const doc = await prepareDocument(d.path);
      const summary = inTransaction(db, () => {
        const s = extractAndStore(db, { id: d.id, sourceId: d.sourceId, reviewId: d.reviewId, type: d.type,
          symbol: d.symbol, stateIso3: d.stateIso3, cycle: d.cycle, session: d.session }, doc.raw);
        checkAndSaveDocument(db, { id: d.id, type: d.type, reviewId: d.reviewId }, doc.raw, doc.segmented);
        return s;
      });
      ctx.stderr.write(`${d.path}: read again for the newly stored report: ${summary.positions} position(s) attached\n`);
      const same = prepared.find((p) => p.outcome.status === 'already stored' && p.outcome.file === d.path);
      if (same) Object.assign(same.outcome, { positions: summary.positions, status: 'already stored; positions attached' });
    } catch {
      // the earlier file moved or became unreadable: its positions wait for the next ingest of it
    }
  }
}

/** Stores the document and what extraction finds in it, all in one transaction. */
function storeDocument(db: Db, doc: PreparedDocument): { summary: (ExtractionSummary & { check?: CheckResult }) | 'already stored'; saved: SavedDocument } {
  const r = doc.recognition;
  return inTransaction(db, () => {
    const saved = saveDocument(db, {
      source: { kind: 'document', path: doc.path, fileName: doc.fileName, sha256: doc.sha256, sizeBytes: doc.sizeBytes },
      symbol: r.symbol, type: r.type, language: r.language, title: r.title, stateIso3: r.stateIso3, cycle: r.cycle,
      session: r.session, corrects: r.corrects, format: doc.text.format, ocr: Boolean(doc.text.ocr),
      pageCount: doc.text.pages.length, text: doc.segmented.text, html: doc.text.html ?? null,
      paragraphs: doc.segmented.paragraphs, footnotes: doc.segmented.footnotes,
    });
    if (saved.alreadyStored) return { summary: 'already stored' as const, saved };
    const summary = extractAndStore(db, { id: saved.id, sourceId: saved.sourceId, reviewId: saved.reviewId, type: r.type, symbol: r.symbol,
      stateIso3: r.stateIso3, cycle: r.cycle, session: r.session }, doc.raw);
    const check = checkAndSaveDocument(db, { id: saved.id, type: r.type, reviewId: saved.reviewId }, doc.raw, doc.segmented);
    return { saved, summary: { ...summary, check } };
  });
}

function describeStored(db: Db, id: number, outcome: IngestOutcome): IngestOutcome {
  const row = db.prepare(`SELECT d.symbol, d.type, d.language, r.state_iso3 AS state, r.session, r.cycle,
      (SELECT count(*) FROM document_paragraphs p WHERE p.document_id = d.id) AS paragraphs,
      (SELECT count(*) FROM recommendations x WHERE x.document_id = d.id) AS recommendations
    FROM documents d LEFT JOIN reviews r ON r.id = d.review_id WHERE d.id = ?`).get(id) as Partial<IngestOutcome>;
  return { ...outcome, ...row, status: 'already stored' };
}

function renderSummary(outcomes: IngestOutcome[]): string {
  const review = outcomes.filter((o) => o.status === NEEDS_REVIEW).length;
  const stored = outcomes.filter((o) => o.status === 'ok').length + review;
  const again = outcomes.filter((o) => o.status === 'already stored').length;
  const failed = outcomes.length - stored - again;
  return renderTable(outcomes, [
    { header: 'file', get: (o) => o.file.split('/').slice(-2).join('/'), max: 40 },
    { header: 'symbol', get: (o) => o.symbol ?? '—' },
    { header: 'type', get: (o) => o.type ?? '' },
    { header: 'State', get: (o) => o.state ?? '' },
    { header: 'session/cycle', get: (o) => (o.session || o.cycle ? `${o.session ?? '?'}/${o.cycle ?? '?'}` : '') },
    { header: 'lang', get: (o) => o.language ?? '' },
    { header: 'paras', get: (o) => o.paragraphs, align: 'right' },
    { header: 'recs', get: (o) => o.recommendations, align: 'right' },
    { header: 'positions', get: (o) => o.positions, align: 'right' },
    { header: 'dialogue', get: (o) => o.dialogue, align: 'right' },
    { header: 'status', get: (o) => o.status, max: 70 },
  ]) + `${outcomes.length} file(s): ${stored} stored, ${again} already stored, ${failed} failed; ${review} need review${review ? ' (upr check lists why)' : ''}.\n`;
}
