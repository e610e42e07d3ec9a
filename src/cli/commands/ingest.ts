// `upr ingest PATH...`: parses the arguments, runs the document-ingest service (src/pipeline) and prints
// its progress on stderr and the outcome of each file as a table or JSON on stdout.
import type { Command, CommandContext } from '../command.js';
import { openStore } from '../../store/index.js';
import { ingestDocuments, type DocumentOutcome, type ForcedRecognition, type IngestEvent, type IngestSummary } from '../../pipeline/index.js';
import { DOCUMENT_TYPE_NAMES } from '../../ingest/index.js';
import { resolveState, UprError, type DocumentType } from '../../core/index.js';
import { renderTable } from '../table.js';
import { EXIT_CODES } from '../exit-codes.js';
import { createProgress } from '../progress.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read UN documents (PDF, DOCX, DOC), recognise them and store their text and recommendations.',
  usage: 'upr ingest PATH... [--json] [--as TYPE --state STATE [--session N] [--symbol S]]',
  options: {
    json: { type: 'boolean', help: 'print the summary as JSON' },
    as: { type: 'string', valueName: 'TYPE', help: `store the files as this type, for UPR documents not recognised (${DOCUMENT_TYPE_NAMES.join(', ')})` },
    state: { type: 'string', valueName: 'STATE', help: 'with --as: the State under review (ISO3 code or name)' },
    session: { type: 'string', valueName: 'N', help: 'with --as: the Working Group session (gives the cycle)' },
    symbol: { type: 'string', valueName: 'S', help: 'with --as: the UN document symbol' },
  },
  help: `PATH may be a file or a folder (read recursively for .pdf, .docx and .doc files). Each document is
recognised from its own text (UN symbol, type, State under review, session, cycle, language), split into
numbered paragraphs and footnotes, and stored in one transaction: a file that fails stores nothing and
the others continue. Ingesting the same file again changes nothing ("already stored"); a file with the
symbol of a stored document but other bytes (a re-saved or corrected PDF) replaces it, keeping a version
history ("updated (version 2)").
Dangling symbolic links, link loops and folders leading back to themselves are reported and skipped.
Scanned PDFs are read by OCR when tesseract is installed.
A file not recognised as a UPR document (no UN symbol, no known structure, no State under review) is
refused; --as TYPE --state STATE [--session N] [--symbol S] stores it as what you say it is. Reports and
exports made by upr itself are always refused ("this is a report made by upr").

Example: upr ingest ../shared/data/slovenia`,
  async run(ctx, values, positionals) {
    if (positionals.length === 0) throw new UprError('invalid_input', `no file or folder given\nUsage: ${this.usage}`, { usage: true });
    const forced = forcedRecognition(values);
    const db = openStore(ctx.config.db);
    let result;
    try {
      result = await ingestDocuments(db, positionals, { onProgress: printEvents(ctx), forced });
    } finally {
      db.close();
    }
    const { outcomes, summary } = result;
    if (values.json) ctx.stdout.write(JSON.stringify(outcomes.map((o) => ({ ...o, status: statusLabel(o) })), null, 2) + '\n');
    else ctx.stdout.write(renderSummary(outcomes, summary));
    return summary.failed > 0 ? EXIT_CODES.invalid_input : summary.needsReview > 0 ? EXIT_CODES.needs_review : EXIT_CODES.ok;
  },
};

/** The --as, --state, --session and --symbol options, checked; undefined without --as. */
function forcedRecognition(values: Record<string, unknown>): ForcedRecognition | undefined {
  const [type, state, session, symbol] = (['as', 'state', 'session', 'symbol'] as const).map((k) => values[k] as string | undefined);
  const usage = (field: string, value: string | undefined, message: string) => new UprError('invalid_input', message, { field, value, usage: true });
  if (type === undefined) {
    const stray = ['state', 'session', 'symbol'].find((k) => values[k] !== undefined);
    if (stray) throw usage(`--${stray}`, values[stray] as string, `--${stray} goes with --as TYPE (to store a file recognition cannot read)`);
    return undefined;
  }
  if (!DOCUMENT_TYPE_NAMES.includes(type as DocumentType)) throw usage('--as', type, `unknown document type; one of ${DOCUMENT_TYPE_NAMES.join(', ')}`);
  if (state === undefined) throw usage('--state', undefined, '--as needs --state STATE (the State under review)');
  const resolved = resolveState(state);
  if (!resolved) throw usage('--state', state, `unknown State "${state}"`);
  if (session !== undefined && !/^[1-9]\d{0,2}$/.test(session)) throw usage('--session', session, 'a Working Group session number (1, 2, …)');
  return { type: type as DocumentType, stateIso3: resolved.iso3, ...(session ? { session: Number(session) } : {}), ...(symbol ? { symbol: symbol.trim() } : {}) };
}

/** Progress bar while files are read; failures, problems, skipped paths and re-read documents as lines. */
function printEvents(ctx: CommandContext): (e: IngestEvent) => void {
  const progress = createProgress(ctx.stderr, 'ingest');
  return (e) => {
    if (e.kind === 'read') {
      progress.update(e.done, e.total, e.file.split('/').pop());
      if (e.done === e.total) progress.done();
    } else if (e.kind === 'failed') ctx.stderr.write(`${e.file}: ${e.reason}; nothing from this file was stored\n`);
    else if (e.kind === 'problem') ctx.stderr.write(`${e.file}: ${e.problem}\n`);
    else if (e.kind === 'skipped') ctx.stderr.write(`${e.path}: skipped: ${e.reason}\n`);
    else ctx.stderr.write(`${e.file}: read again for the newly stored report: ${e.positions} position(s) attached\n`);
  };
}

/**
 * The status column: `ok`, `updated (version 2)`, `already stored` (`; positions attached`, or `(version 1,
 * replaced by version 2)`), `failed: reason`, `needs review: reasons`.
 */
export function statusLabel(o: DocumentOutcome): string {
  if (o.status === 'already stored') {
    const earlier = o.version !== null && o.currentVersion !== null && o.version < o.currentVersion ? ` (version ${o.version}, replaced by version ${o.currentVersion})` : '';
    return `${o.status}${earlier}${o.positionsAttached ? '; positions attached' : ''}`;
  }
  const updated = o.status !== 'failed' && (o.version ?? 1) > 1 ? `updated (version ${o.version})` : '';
  if (o.status === 'ok') return updated || 'ok';
  return `${updated ? `${updated}; ` : ''}${o.status}${o.reasons.length > 0 ? `: ${o.reasons.join('; ')}` : ''}`;
}

function renderSummary(outcomes: DocumentOutcome[], s: IngestSummary): string {
  const extra = [s.needsReview ? `${s.needsReview} need review` : '', s.skipped ? `${s.skipped} path(s) skipped` : ''].filter(Boolean);
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
    { header: 'status', get: (o) => statusLabel(o), max: 70 },
  ]) + `${s.files} file(s): ${s.stored} stored${s.updated ? ` (${s.updated} updated)` : ''}, ${s.alreadyStored} already stored, ${s.failed} failed${extra.map((x) => `, ${x}`).join('')}.\n`;
}
