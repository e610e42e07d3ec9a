// `upr ingest PATH...`: parses the arguments, runs the document-ingest service (src/pipeline) and prints
// its progress on stderr and the outcome of each file as a table or JSON on stdout.
import type { Command, CommandContext } from '../command.js';
import { openStore } from '../../store/index.js';
import { ingestDocuments, type DocumentOutcome, type IngestEvent, type IngestSummary } from '../../pipeline/index.js';
import { UprError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { EXIT_CODES } from '../exit-codes.js';
import { createProgress } from '../progress.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read UN documents (PDF, DOCX, DOC), recognise them and store their text and recommendations.',
  usage: 'upr ingest PATH... [--json]',
  options: { json: { type: 'boolean', help: 'print the summary as JSON' } },
  help: `PATH may be a file or a folder (read recursively for .pdf, .docx and .doc files). Each document is
recognised from its own text (UN symbol, type, State under review, session, cycle, language), split into
numbered paragraphs and footnotes, and stored in one transaction: a file that fails stores nothing and
the others continue. Ingesting the same file again changes nothing ("already stored"); a file with the
symbol of a stored document but other bytes (a re-saved or corrected PDF) replaces it, keeping a version
history ("updated (version 2)").
Dangling symbolic links, link loops and folders leading back to themselves are reported and skipped.
Scanned PDFs are read by OCR when tesseract is installed.

Example: upr ingest ../shared/data/slovenia`,
  async run(ctx, values, positionals) {
    if (positionals.length === 0) throw new UprError('invalid_input', `no file or folder given\nUsage: ${this.usage}`, { usage: true });
    const db = openStore(ctx.config.db);
    let result;
    try {
      result = await ingestDocuments(db, positionals, { onProgress: printEvents(ctx) });
    } finally {
      db.close();
    }
    const { outcomes, summary } = result;
    if (values.json) ctx.stdout.write(JSON.stringify(outcomes.map((o) => ({ ...o, status: statusLabel(o) })), null, 2) + '\n');
    else ctx.stdout.write(renderSummary(outcomes, summary));
    return summary.failed > 0 ? EXIT_CODES.invalid_input : summary.needsReview > 0 ? EXIT_CODES.needs_review : EXIT_CODES.ok;
  },
};

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
