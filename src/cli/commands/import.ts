// `upr import upr-info FILE...`: UPR Info database exports into the store, one transaction per file;
// `upr import uhri FILE...`: OHCHR Universal Human Rights Index exports (import-uhri.ts).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { Command } from '../command.js';
import { openStoreForWriting } from '../open-store.js';
import { importUprInfoRows, type Db } from '../../store/index.js';
import { parseUprInfoCsv, decodeText, type TextEncodingName } from '../../ingest/index.js';
import { UprError, describeError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { createProgress } from '../progress.js';
import { refuseOnProblems } from './import-problems.js';
import { importUhriFile, type UhriFileOutcome } from './import-uhri.js';

const ENCODINGS: TextEncodingName[] = ['utf-8', 'macintosh', 'windows-1252'];

interface FileOutcome {
  file: string;
  rows: number;
  added: number;
  alreadyStored: number;
  updated: number;
  pledges: number;
  /** Added rows stored as a source of a recommendation already extracted from a report (docs/merge.md). */
  merged: number;
  rejected: number;
  status: string;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import UPR Info database exports (CSV) or UN Human Rights Index (UHRI) exports into the store.',
  usage: 'upr import upr-info|uhri FILE... [--dry-run] [--encoding utf-8|macintosh|windows-1252] [--json]',
  options: {
    'dry-run': { type: 'boolean', help: 'read and check the files, report what would be imported, store nothing' },
    encoding: { type: 'string', valueName: 'ENC', help: 'force the text encoding (default: detected)' },
    json: { type: 'boolean', help: 'print the summary as JSON' },
  },
  help: `Each file is imported in one transaction: a file with any rejected row (unknown State name,
truncated line, bad session…) stores nothing, and the problems are listed with file, line and field.
Importing the same records again adds nothing. A row whose response, action, issues or text
was corrected since (same review and recommending State; text the same or near-identical) updates its
record and keeps the old values in its history. Rows with Response "Voluntary Pledge" (the
voluntary-pledges export) are stored as pledges of the State under review, shown on its State page.

\`upr import uhri\` reads the OHCHR Universal Human Rights Index download (XLSX, first sheet; or CSV/JSON of the
same columns). UPR rows become recommendations (origin uhri); treaty-body and special-procedure rows (CRC,
CEDAW, SR …) become UN recommendations and observations, classified for children's rights, listed on State
pages and found with \`upr search-un\`. Rows are keyed by OHCHR Annotation Id: re-importing adds nothing, an
edited row updates its record and keeps the old text in its history. See docs/uhri.md.

Example: upr import upr-info ../shared/data/upr-info/upr-info-sessions-*.csv
         upr import uhri export.xlsx`,
  async run(ctx, values, positionals) {
    const [kind, ...files] = positionals;
    if (kind !== 'upr-info' && kind !== 'uhri') {
      throw new UprError('invalid_input', `unknown import kind "${kind ?? ''}": expected "upr-info" or "uhri"\nUsage: ${this.usage}`, { usage: true });
    }
    if (files.length === 0) throw new UprError('invalid_input', `no file given\nUsage: ${this.usage}`, { usage: true });
    if (kind === 'uhri') return runUhri(ctx, values, files);
    const encoding = values.encoding as string | undefined;
    if (encoding !== undefined && !ENCODINGS.includes(encoding as TextEncodingName)) {
      throw new UprError('invalid_input', `--encoding must be one of ${ENCODINGS.join(', ')}, got "${encoding}"`, { field: '--encoding', usage: true });
    }
    const dryRun = Boolean(values['dry-run']);
    const db = openStoreForWriting(ctx.config);
    const outcomes: FileOutcome[] = [];
    try {
      for (const file of files) outcomes.push(importOne(ctx, db, file, dryRun, encoding as TextEncodingName | undefined));
    } finally {
      db.close();
    }
    if (values.json) ctx.stdout.write(JSON.stringify({ dryRun, files: outcomes }, null, 2) + '\n');
    else {
      if (dryRun) ctx.stdout.write('Dry run: nothing was stored.\n');
      ctx.stdout.write(renderTable(outcomes, [
        { header: 'file', get: (o) => o.file },
        { header: 'rows', get: (o) => o.rows, align: 'right' },
        { header: dryRun ? 'would add' : 'added', get: (o) => o.added, align: 'right' },
        { header: 'already stored', get: (o) => o.alreadyStored, align: 'right' },
        // Shown only when a file corrected stored records or held pledges.
        ...(outcomes.some((o) => o.updated > 0) ? [{ header: dryRun ? 'would update' : 'updated', get: (o: FileOutcome) => o.updated, align: 'right' as const }] : []),
        ...(outcomes.some((o) => o.pledges > 0) ? [{ header: 'pledges', get: (o: FileOutcome) => o.pledges, align: 'right' as const }] : []),
        ...(outcomes.some((o) => o.merged > 0) ? [{ header: 'merged into existing', get: (o: FileOutcome) => o.merged, align: 'right' as const }] : []),
        { header: 'rejected', get: (o) => o.rejected, align: 'right' },
        { header: 'status', get: (o) => o.status },
      ]));
    }
    return outcomes.some((o) => o.status !== 'ok') ? 1 : 0;
  },
};

function importOne(ctx: Parameters<Command['run']>[0], db: Db, file: string, dryRun: boolean, encoding?: TextEncodingName): FileOutcome {
  const outcome: FileOutcome = { file, rows: 0, added: 0, alreadyStored: 0, updated: 0, pledges: 0, merged: 0, rejected: 0, status: 'ok' };
  try {
    const bytes = readFileSync(file);
    const { text } = decodeText(bytes, encoding);
    const { value: rows, problems } = parseUprInfoCsv(text, file);
    if (refuseOnProblems(ctx, file, rows.length, problems, outcome)) return outcome;
    const progress = createProgress(ctx.stderr, basename(file));
    const result = importUprInfoRows(
      db,
      { kind: 'upr-info-csv', path: file, fileName: basename(file), sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: statSync(file).size },
      rows,
      { dryRun, onProgress: (d, t) => progress.update(d, t) },
    );
    progress.done();
    outcome.added = result.added;
    outcome.alreadyStored = result.alreadyStored;
    outcome.updated = result.updated;
    outcome.pledges = result.pledges;
    outcome.merged = result.merged;
  } catch (err) {
    outcome.status = 'failed: nothing stored';
    const code = (err as NodeJS.ErrnoException).code;
    const msg = code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a CSV file` : describeError(err);
    ctx.stderr.write(`${msg.startsWith(file) ? msg : `${file}: ${msg}`}\n`);
  }
  return outcome;
}

async function runUhri(ctx: Parameters<Command['run']>[0], values: Record<string, unknown>, files: string[]): Promise<number> {
  const dryRun = Boolean(values['dry-run']);
  const db = openStoreForWriting(ctx.config);
  const outcomes: UhriFileOutcome[] = [];
  try {
    for (const file of files) outcomes.push(await importUhriFile(ctx, db, file, dryRun));
  } finally {
    db.close();
  }
  if (values.json) ctx.stdout.write(JSON.stringify({ dryRun, files: outcomes }, null, 2) + '\n');
  else {
    if (dryRun) ctx.stdout.write('Dry run: nothing was stored.\n');
    ctx.stdout.write(renderTable(outcomes, [
      { header: 'file', get: (o) => o.file },
      { header: 'rows', get: (o) => o.rows, align: 'right' },
      { header: 'UPR', get: (o) => o.upr, align: 'right' },
      { header: 'other bodies', get: (o) => o.un, align: 'right' },
      { header: dryRun ? 'would add' : 'added', get: (o) => o.added, align: 'right' },
      { header: 'already stored', get: (o) => o.alreadyStored, align: 'right' },
      { header: dryRun ? 'would update' : 'updated', get: (o) => o.updated, align: 'right' },
      { header: 'merged', get: (o) => o.merged, align: 'right' },
      { header: 'UPR Info merged in', get: (o) => o.absorbed, align: 'right' },
      { header: 'rejected', get: (o) => o.rejected, align: 'right' },
      { header: 'status', get: (o) => o.status },
    ]));
  }
  return outcomes.some((o) => o.status !== 'ok') ? 1 : 0;
}
