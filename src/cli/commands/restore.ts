// `upr restore FILE`: replace the store by a verified backup; the previous store is kept beside it.
import type { Command } from '../command.js';
import { restoreStore, BEFORE_RESTORE } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import { createProgress } from '../progress.js';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the store by a backup made with upr backup, after checking it; the previous store is kept as STORE.before-restore.',
  usage: 'upr restore FILE [--json] [--db PATH]',
  options: {
    json: { type: 'boolean', help: 'print the result as JSON' },
  },
  help: `Stop upr serve first (it keeps the old store open). FILE must be a healthy upr store (integrity check)
from this version of upr or an older one (it is upgraded); anything else is refused and the store left
untouched. The backup is copied to STORE.restoring, checked, then renamed over the store, so a failure never
leaves a half-restored store. To undo: stop the server and rename STORE${BEFORE_RESTORE} back to STORE.`,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UprError('invalid_input', `name one backup file\nUsage: ${this.usage}`, { usage: true });
    const progress = createProgress(ctx.stderr, 'restore');
    const result = await restoreStore(ctx.config.db, positionals[0]!, (done, total) => progress.update(done, total, 'pages'));
    progress.done();
    if (values.json === true) {
      ctx.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    const lines = [`restored ${positionals[0]} as ${result.store} (${Object.keys(result.tables).length} tables, ${rows} rows)`];
    if (result.upgraded.length) lines.push(`upgraded from an older version: migrations ${result.upgraded.join(', ')} applied`);
    lines.push(result.previous ? `the previous store is kept as ${result.previous}; to undo, stop the server and rename it back to ${result.store}` : 'there was no store before');
    ctx.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
