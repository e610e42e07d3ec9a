// `upr import uhri FILE...`: OHCHR Universal Human Rights Index exports (XLSX, CSV or JSON), one transaction
// per file; then the children's-rights classification of the treaty-body and special-procedure records.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { CommandContext } from '../command.js';
import { importUhriRows, type Db } from '../../store/index.js';
import { readUhriExport } from '../../ingest/index.js';
import { classifyUnRecommendations } from '../../pipeline/index.js';
import { describeError } from '../../core/index.js';
import { createProgress } from '../progress.js';
import { refuseOnProblems } from './import-problems.js';


export interface UhriFileOutcome {
  file: string;
  rows: number;
  added: number;
  alreadyStored: number;
  updated: number;
  /** UPR recommendations and other bodies' recommendations/observations among the rows. */
  upr: number;
  un: number;
  /** Added UPR rows stored as a source of a recommendation already stored from a report (docs/merge.md). */
  merged: number;
  /** UPR Info records already stored that became sources of an added UHRI recommendation. */
  absorbed: number;
  rejected: number;
  status: string;
}

/** Imports one UHRI file; problems go to stderr with file, row and column, and the file then stores nothing. */
export async function importUhriFile(ctx: CommandContext, db: Db, file: string, dryRun: boolean): Promise<UhriFileOutcome> {
  const outcome: UhriFileOutcome = { file, rows: 0, added: 0, alreadyStored: 0, updated: 0, upr: 0, un: 0, merged: 0, absorbed: 0, rejected: 0, status: 'ok' };
  try {
    const bytes = readFileSync(file);
    const { value: rows, problems } = await readUhriExport(bytes, file);
    if (refuseOnProblems(ctx, file, rows.length, problems, outcome)) return outcome;
    const progress = createProgress(ctx.stderr, basename(file));
    const result = importUhriRows(db, { kind: 'uhri', path: file, fileName: basename(file), sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length }, rows, { dryRun, onProgress: (d, t) => progress.update(d, t) });
    progress.done();
    Object.assign(outcome, { added: result.added, alreadyStored: result.alreadyStored, updated: result.updated, upr: result.upr, un: result.un,
      merged: result.merged, absorbed: result.absorbed });
    if (!dryRun) classifyUnRecommendations(db);
  } catch (err) {
    outcome.status = 'failed: nothing stored';
    const code = (err as NodeJS.ErrnoException).code;
    const msg = code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a file` : describeError(err);
    ctx.stderr.write(`${msg.startsWith(file) ? msg : `${file}: ${msg}`}\n`);
  }
  return outcome;
}
