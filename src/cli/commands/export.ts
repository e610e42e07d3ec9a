// `upr export recommendations --format csv|jsonl|xlsx [--out FILE] [filters]`: every field, with provenance,
// through the same streamed writers as the web exports (a page of records at a time, waiting for the output).
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { exportPages, writeExport, EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import { UprError } from '../../core/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { createProgress } from '../progress.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export matching recommendations with every field and their provenance.',
  usage: 'upr export recommendations --format csv|jsonl|xlsx [--out FILE] [--query Q] [filters]',
  options: {
    format: { type: 'string', valueName: 'FMT', help: 'csv, jsonl or xlsx (required)' },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: 'write to FILE (default: standard output; required for xlsx on a terminal)' },
    query: { type: 'string', short: 'q', valueName: 'Q', help: 'full-text query, as for upr search' },
    ...FILTER_OPTIONS,
  },
  help: `The global --base-url URL (or $UPR_BASE_URL) adds a link to each record in the web application.
Examples:
  upr export recommendations --format xlsx --out child-rights.xlsx --issue "Rights of the Child"
  upr export recommendations --format jsonl --state Slovenia > slovenia.jsonl`,
  async run(ctx, values, positionals) {
    if (positionals[0] !== 'recommendations' || positionals.length > 1) {
      throw new UprError('invalid_input', `expected "upr export recommendations", got "${positionals.join(' ')}"\nUsage: ${this.usage}`, { usage: true });
    }
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) {
      throw new UprError('invalid_input', `--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, got "${format}"` : ''}`, { field: '--format', usage: true });
    }
    const out = values.out as string | undefined;
    if (!out && format === 'xlsx' && ctx.stdout.isTTY) {
      throw new UprError('invalid_input', 'an XLSX file cannot be printed on the terminal: add --out FILE.xlsx', { field: '--out', usage: true });
    }
    const filters = filtersFromOptions(values, values.query as string | undefined);
    const db = openStoreForReading(ctx.config);
    try {
      const progress = createProgress(ctx.stderr, 'export');
      const { total, pages } = exportPages(db, { filters, baseUrl: ctx.config.baseUrl || undefined, onProgress: (d, t) => progress.update(d, t) });
      if (!out) {
        const n = await writeExport(format, pages, process.stdout);
        progress.done(`${n} record(s) exported.`);
        return 0;
      }
      // Write beside the target and rename at the end, so a failed export never leaves half a file.
      const tmp = `${out}.part`;
      const stream = createWriteStream(tmp);
      try {
        const n = await writeExport(format, pages, stream);
        stream.end();
        await finished(stream);
        renameSync(tmp, out);
        progress.done(`${n} of ${total} record(s) exported to ${out}.`);
      } catch (err) {
        stream.destroy();
        rmSync(tmp, { force: true });
        throw err;
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
