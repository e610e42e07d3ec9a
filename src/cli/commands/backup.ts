// `upr backup FILE`: a verified copy of the store by SQLite's online backup API, safe while `upr serve` runs.
import type { Command } from '../command.js';
import { backupStore, openStore } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import { createProgress } from '../progress.js';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the store to FILE with the SQLite online backup API, safe while the server runs, and verify the copy.',
  usage: 'upr backup FILE [--json] [--db PATH]',
  options: {
    json: { type: 'boolean', help: 'print the verification (row count of every table) as JSON' },
  },
  help: `The copy is read back: PRAGMA integrity_check, and the row count of every table compared with the store's
(both from the same snapshot). FILE must not exist yet; a copy that fails verification is removed.
Restore with: upr restore FILE (docs/operations.md).
Example (cron, daily at 03:00):
  0 3 * * * upr backup /var/backups/upr/upr-$(date +\\%F).db --db /var/lib/upr/upr.db`,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UprError('invalid_input', `name one backup file\nUsage: ${this.usage}`, { usage: true });
    const file = positionals[0]!;
    const db = openStore(ctx.config.db, { mode: 'read', busyTimeoutMs: ctx.config.busyTimeout });
    try {
      const progress = createProgress(ctx.stderr, 'backup');
      const result = await backupStore(db, file, (done, total) => progress.update(done, total, 'pages'));
      progress.done();
      if (values.json === true) {
        ctx.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return 0;
      }
      const tables = Object.keys(result.tables).length;
      const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
      ctx.stdout.write(`backed up ${ctx.config.db} to ${file} (${mb(result.bytes)}, schema ${result.schemaVersion}); verified: integrity ok, ${tables} tables, ${rows} rows, the same counts as the store\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
